using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

public sealed class HealthTests : ApiTest
{
    [Test]
    public async Task Liveness_and_readiness_answer_without_a_token_when_the_database_is_up()
    {
        Assert.That((await Anonymous().GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Anonymous().GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Readiness_fails_while_liveness_holds_when_the_database_is_unreachable()
    {
        await using var cut = new WelfareApiFactory("Host=127.0.0.1;Port=9;Username=postgres;Timeout=2");
        var client = cut.CreateClient();

        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task Readiness_shows_how_far_each_module_s_directory_copy_is_behind()
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(InRole(Roles.PersonnelSystem, "personnel-system", "D900"));

        var behind = await Anonymous().GetFromJsonAsync<JsonElement>("/health/ready");
        await DeliverEventsAsync();
        var current = await Anonymous().GetFromJsonAsync<JsonElement>("/health/ready");

        var modules = new[] { "Harassment", "Overtime", "PeerSupport", "ReturnToWork", "StressCheck" };
        var lagging = behind.GetProperty("checks").GetProperty("directory").GetProperty("data");
        Assert.That(modules.Select(m => lagging.GetProperty(m).GetProperty("pendingEvents").GetInt64()), Has.All.EqualTo(4), "the four departments");
        var caught = current.GetProperty("checks").GetProperty("directory").GetProperty("data");
        Assert.That(modules.Select(m => caught.GetProperty(m).GetProperty("pendingEvents").GetInt64()), Has.All.Zero);
        Assert.That(modules.Select(m => caught.GetProperty(m).GetProperty("lagSeconds").GetDouble()), Has.All.Zero);
    }
}
