using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.Modules.ReturnToWork.IntegrationEvents;
using Welfare.Modules.StressCheck.IntegrationEvents;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

/// <summary>Personal caps set by other modules' events, and who sees them (never the medical reason).</summary>
public sealed class CapTests : OvertimeHealthTest
{
    private static readonly DateTimeOffset Now = WelfareApiFactory.Start;

    [SetUp]
    public Task SeedAsync() => SeedDirectoryAsync("2026-04-01", new SeedEmployee("E1", "D100"), new SeedEmployee("E2", "D100"), new SeedEmployee("E3", "D200"));

    private static PhysicianOpinionIssuedIntegrationEvent Opinion(string employeeId, int? capHours, bool forbidden) =>
        new(Guid.NewGuid(), Now, employeeId, 1, capHours, forbidden, false, true, new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 31));

    private static async Task<JsonElement> CapsOfAsync(string employeeId) =>
        (await WelfareOfficer().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/employees/{employeeId}/caps")).GetProperty("items");

    [Test]
    public async Task A_stress_check_opinion_that_caps_or_forbids_overtime_sets_a_cap_once_per_event()
    {
        var capped = Opinion("E1", 20, false);
        await PublishAsync("stress_check", capped);
        await PublishAsync("stress_check", Opinion("E2", null, true));
        await PublishAsync("stress_check", Opinion("E3", null, false));

        await DeliverEventsAsync();
        await ExecuteAsync($"UPDATE stress_check.outbox_messages SET processed_at = NULL WHERE id = '{capped.Id}'");
        await DeliverEventsAsync();

        var e1 = await CapsOfAsync("E1");
        var e2 = await CapsOfAsync("E2");
        var e3 = await CapsOfAsync("E3");
        Assert.That(e1.GetArrayLength(), Is.EqualTo(1), "a redelivered event sets no second cap");
        Assert.That(e1[0].GetProperty("monthlyHours").GetDouble(), Is.EqualTo(20));
        Assert.That(e1[0].GetProperty("from").GetString(), Is.EqualTo("2026-05-01"));
        Assert.That(e1[0].GetProperty("to").GetString(), Is.EqualTo("2026-07-31"));
        Assert.That(e1[0].GetProperty("source").GetString(), Is.EqualTo("StressCheckOpinion"));
        Assert.That(e2[0].GetProperty("monthlyHours").GetDouble(), Is.EqualTo(0));
        Assert.That(e3.GetArrayLength(), Is.Zero, "an opinion without an overtime measure sets no cap");
        Assert.That(await ScalarAsync<string>($"SELECT source_reference FROM overtime.personal_caps WHERE employee_id = 'E1'"), Is.EqualTo(capped.Id.ToString()));
    }

    [Test]
    public async Task A_completed_pre_return_forbids_overtime_for_the_rules_months_from_the_return_day()
    {
        var returned = new PreReturnCompletedIntegrationEvent(Guid.NewGuid(), Now, "E1", new DateOnly(2026, 4, 15));
        await PublishAsync("return_to_work", returned);

        await DeliverEventsAsync();
        await ExecuteAsync($"UPDATE return_to_work.outbox_messages SET processed_at = NULL WHERE id = '{returned.Id}'");
        await DeliverEventsAsync();

        var caps = (await Employee("E1", "D100").GetFromJsonAsync<JsonElement>("/api/v1/overtime/me/caps")).GetProperty("items");
        Assert.That(caps.GetArrayLength(), Is.EqualTo(1));
        Assert.That(caps[0].GetProperty("monthlyHours").GetDouble(), Is.EqualTo(0));
        Assert.That(caps[0].GetProperty("from").GetString(), Is.EqualTo("2026-04-15"));
        Assert.That(caps[0].GetProperty("to").GetString(), Is.EqualTo("2026-07-14"), "3 months by default");
        Assert.That(caps[0].GetProperty("source").GetString(), Is.EqualTo("PostReturn"));
    }

    [Test]
    public async Task The_employee_their_head_and_the_schemes_officers_see_caps_without_a_reason_and_nobody_else()
    {
        await AppointHeadsAsync("2026-04-01", ("D100", "H100"), ("D200", "H200"));
        await PublishAsync("stress_check", Opinion("E1", 10, false));
        await DeliverEventsAsync();

        var self = await Employee("E1", "D100").GetAsync("/api/v1/overtime/employees/E1/caps");
        var head = await ClientFor("H100", "D100", [Roles.DepartmentHead]).GetAsync("/api/v1/overtime/employees/E1/caps");
        var personnel = await InRole(Roles.PersonnelOfficer).GetAsync("/api/v1/overtime/employees/E1/caps");
        var otherHead = await ClientFor("H200", "D200", [Roles.DepartmentHead]).GetAsync("/api/v1/overtime/employees/E1/caps");
        var colleague = await Employee("E2", "D100").GetAsync("/api/v1/overtime/employees/E1/caps");
        var physician = await InRole(Roles.Physician).GetAsync("/api/v1/overtime/employees/E1/caps");
        var unknown = await InRole(Roles.PersonnelOfficer).GetAsync("/api/v1/overtime/employees/E404/caps");
        var colleagueOwn = (await Employee("E2", "D100").GetFromJsonAsync<JsonElement>("/api/v1/overtime/me/caps")).GetProperty("items");

        Assert.That(self.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(personnel.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var cap = (await head.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0];
        Assert.That(cap.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "employeeId", "from", "to", "monthlyHours", "source", "setAt" }));
        Assert.That(otherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(physician.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(colleagueOwn.GetArrayLength(), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'overtime.cap.read' AND record_id = 'E1' AND outcome = 'Denied'"), Is.EqualTo(3));
    }
}
