using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Welfare.Host.Endpoints.Platform;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.IntegrationTests.Platform;

public sealed class AuditTrailTests : ApiTest
{
    [Test]
    public void The_audit_search_filters_by_every_module_that_writes_entries()
    {
        // The platform schema has no use cases; the probe module exists only in the tests.
        var modules = Factory.Services.GetServices<ModuleDescriptor>().Select(m => m.Name).Except(["Platform", "Probe"]);

        Assert.That(Enum.GetNames<AuditedModule>(), Is.EquivalentTo(modules));
    }

    [Test]
    public async Task A_change_writes_one_audit_entry_naming_actor_record_and_outcome_but_no_content()
    {
        var created = await ClientFor("E0007", "D100", [Roles.Supervisor]).PostAsJsonAsync("/_probe/notes", new { text = "private words" });
        var noteId = created.Headers.Location!.ToString().Split('/')[^1];

        var page = await InRole(Roles.Auditor).GetFromJsonAsync<JsonElement>($"/api/v1/audit?recordId={noteId}");

        var entry = page.GetProperty("items").EnumerateArray().Single();
        Assert.That(entry.GetProperty("actorId").GetString(), Is.EqualTo("E0007"));
        Assert.That(entry.GetProperty("actorRoles").EnumerateArray().Select(r => r.GetString()), Is.EquivalentTo(new[] { Roles.Supervisor }));
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("probe.create"));
        Assert.That(entry.GetProperty("recordType").GetString(), Is.EqualTo("ProbeNote"));
        Assert.That(entry.GetProperty("outcome").GetString(), Is.EqualTo("Allowed"));
        Assert.That(entry.GetProperty("module").GetString(), Is.EqualTo("Probe"));
        Assert.That(entry.GetProperty("occurredAt").GetDateTimeOffset(), Is.EqualTo(Clock.GetUtcNow()));
        Assert.That(entry.GetProperty("traceId").GetString(), Has.Length.EqualTo(32));
        Assert.That(entry.ToString(), Does.Not.Contain("private words"));
    }

    [Test]
    public async Task Reads_and_refused_reads_are_audited_even_when_the_request_fails()
    {
        var missing = Guid.NewGuid();

        var response = await Employee("E0008").GetAsync($"/_probe/notes/{missing}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var page = await InRole(Roles.Auditor).GetFromJsonAsync<JsonElement>($"/api/v1/audit?recordId={missing}");
        var entry = page.GetProperty("items").EnumerateArray().Single();
        Assert.That(entry.GetProperty("outcome").GetString(), Is.EqualTo("Denied"));
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("probe.read"));
    }

    [Test]
    public async Task Searching_filters_pages_newest_first_and_is_itself_audited()
    {
        var first = Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await Employee("E0100").PostAsJsonAsync("/_probe/notes", new { text = $"note {i}" });
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var auditor = InRole(Roles.Auditor, "E5001");
        var response = await auditor.GetAsync("/api/v1/audit?actorId=E0100&pageSize=2&page=2");
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(page.GetProperty("totalCount").GetInt64(), Is.EqualTo(5));
        Assert.That(page.GetProperty("page").GetInt32(), Is.EqualTo(2));
        Assert.That(string.Join(", ", response.Headers.GetValues("Link")), Does.Contain("</api/v1/audit?actorId=E0100&page=3&pageSize=2>; rel=\"last\""),
            "the last page follows from totalCount and pageSize");
        var times = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("occurredAt").GetDateTimeOffset()).ToList();
        Assert.That(times, Is.EqualTo(new[] { first.AddMinutes(2), first.AddMinutes(1) }));

        var own = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?actorId=E5001&action=audit.search");
        Assert.That(own.GetProperty("totalCount").GetInt64(), Is.EqualTo(1), "the first search was recorded (the second one is still running)");
    }

    [Test]
    public async Task Stored_entries_cannot_be_changed_or_deleted_even_directly_in_the_database()
    {
        await Employee().PostAsJsonAsync("/_probe/notes", new { text = "x" });
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries"), Is.EqualTo(1));

        var update = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync("UPDATE audit.audit_entries SET actor_id = 'someone-else'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync("DELETE FROM audit.audit_entries"));

        Assert.That(update!.MessageText, Does.Contain("append-only"));
        Assert.That(delete!.MessageText, Does.Contain("append-only"));
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task The_API_offers_no_way_to_change_the_trail(string method)
    {
        var response = await InRole(Roles.Auditor).SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/v1/audit"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }
}
