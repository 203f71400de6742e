using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.StressCheck;

/// <summary>The disclosure matrix (seed 004 別表第1) through HTTP, with the acting role.</summary>
public sealed class DisclosureTests : StressCheckTest
{
    private Guid _campaign;

    [SetUp]
    public async Task SeedAsync()
    {
        await SeedDirectoryAsync();
        _campaign = await OpenCampaignAsync();
        await SubmitAsync(_campaign, "E5000", AnswersOf(3));
        await SubmitAsync(_campaign, "E5001", AnswersOf(2));
        await SubmitAsync(_campaign, "E5004", AnswersOf(3));
    }

    private string Results => $"/api/v1/stress-check/campaigns/{_campaign}/results";

    private async Task ConsentAsync(string employee)
    {
        var client = Employee(employee);
        await client.GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result");
        (await client.PutAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/consent", null)).EnsureSuccessStatusCode();
    }

    private static IEnumerable<string> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("employeeId").GetString()!);

    [Test]
    public async Task The_implementer_sees_every_result_in_full()
    {
        var page = await InRole(Roles.Physician, Physician).GetFromJsonAsync<JsonElement>(Results);

        Assert.That(Ids(page), Is.EqualTo(new[] { "E5000", "E5001", "E5004" }));
        Assert.That(page.GetProperty("items")[0].GetProperty("scales").GetArrayLength(), Is.EqualTo(19));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'result.read' AND record_type = 'Result' AND actor_id = 'E3001'"), Is.EqualTo(3));
    }

    [Test]
    public async Task Welfare_officers_see_only_consented_results_within_the_scope()
    {
        var before = await WelfareOfficer().GetFromJsonAsync<JsonElement>(Results);
        await ConsentAsync("E5000");
        var after = await WelfareOfficer().GetFromJsonAsync<JsonElement>(Results);
        var unconsented = await WelfareOfficer().GetAsync($"{Results}/E5001");

        Assert.That(Ids(before), Is.Empty);
        Assert.That(Ids(after), Is.EqualTo(new[] { "E5000" }));
        Assert.That(after.GetProperty("items")[0].GetProperty("disclosure").GetString(), Is.EqualTo("Full"));
        Assert.That(unconsented.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task With_a_high_stress_only_scope_the_employer_learns_nothing_else()
    {
        var id = await CreateCampaignAsync(new
        {
            fiscalYear = 2026,
            opensOn = Today.ToString("yyyy-MM-dd"),
            closesOn = Today.AddDays(30).ToString("yyyy-MM-dd"),
            criteria = new { method = "Sum", stressReaction = 77, factorsAndSupport = 76, stressReactionWithFactors = 63 },
            consentScope = "HighStressOnly",
            committeeDecisionReference = "衛生委員会 2026-03-10 第3号",
        });
        (await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{id}/implementers", new { physicians = new[] { Physician } })).EnsureSuccessStatusCode();
        (await WelfareOfficer().PostAsync($"/api/v1/stress-check/campaigns/{id}/open", null)).EnsureSuccessStatusCode();
        await SubmitAsync(id, "E5000", AnswersOf(3));
        await Employee("E5000").GetAsync($"/api/v1/stress-check/campaigns/{id}/my/result");
        await Employee("E5000").PutAsync($"/api/v1/stress-check/campaigns/{id}/my/consent", null);

        var seen = await WelfareOfficer().GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{id}/results/E5000");

        Assert.That(seen.GetProperty("disclosure").GetString(), Is.EqualTo("HighStressOnly"));
        Assert.That(seen.GetProperty("highStress").GetBoolean(), Is.True);
        Assert.That(seen.GetProperty("scales").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(seen.GetProperty("domainB").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task A_withdrawn_consent_hides_the_result_again()
    {
        await ConsentAsync("E5000");
        await Employee("E5000").DeleteAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/consent");

        var page = await WelfareOfficer().GetFromJsonAsync<JsonElement>(Results);

        Assert.That(Ids(page), Is.Empty);
    }

    [Test]
    public async Task Department_heads_see_consented_results_of_their_own_staff_only()
    {
        await ConsentAsync("E5000");
        await ConsentAsync("E5004");
        await AppointHeadsAsync();
        var head = ClientFor("E9100", "D100", [Roles.DepartmentHead]);

        var page = await head.GetFromJsonAsync<JsonElement>(Results);
        var other = await head.GetAsync($"{Results}/E5004");

        Assert.That(Ids(page), Is.EqualTo(new[] { "E5000" }));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase(Roles.PersonnelOfficer)]
    [TestCase(Roles.Auditor)]
    [TestCase(Roles.Supervisor)]
    public async Task Other_roles_never_see_results(string role)
    {
        await ConsentAsync("E5000");

        var list = await InRole(role).GetAsync(Results);
        var one = await InRole(role).GetAsync($"{Results}/E5000");

        Assert.That(list.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden));
        Assert.That(one.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_employee_is_not_shown_colleagues_results()
    {
        var list = await Employee("E5001").GetAsync(Results);

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'result.read' AND outcome = 'Denied' AND actor_id = 'E5001'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Staff_see_who_took_the_check_and_remind_the_others()
    {
        (await InRole(Roles.Physician, Physician).PutAsJsonAsync($"/api/v1/stress-check/campaigns/{_campaign}/staff", new { staff = new[] { "E6000" } })).EnsureSuccessStatusCode();
        var staff = Employee("E6000", "D900");

        var participation = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{_campaign}/participation");
        var participants = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{_campaign}/participants?taken=false");
        var reminders = await staff.PostAsJsonAsync($"/api/v1/stress-check/campaigns/{_campaign}/reminders", new { employeeIds = (string[]?)null });

        Assert.That(participation.GetProperty("targets").GetInt32(), Is.EqualTo(5));
        Assert.That(participation.GetProperty("taken").GetInt32(), Is.EqualTo(3));
        var notTaken = participants.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("employeeId").GetString()).ToList();
        Assert.That(notTaken, Is.EqualTo(new[] { "E5002", "E5003" }));
        Assert.That(participants.GetProperty("totalCount").GetInt64(), Is.EqualTo(2));
        Assert.That(participants.ToString(), Does.Not.Contain("highStress"));
        Assert.That((await reminders.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requested").GetInt32(), Is.EqualTo(2));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM stress_check.outbox_messages WHERE type LIKE '%StressCheckReminderRequested%'"), Is.EqualTo(2));
    }

    [TestCase(Roles.PersonnelOfficer)]
    [TestCase(Roles.DepartmentHead)]
    public async Task Designated_staff_with_personnel_authority_are_refused_and_audited(string role)
    {
        (await InRole(Roles.Physician, Physician).PutAsJsonAsync($"/api/v1/stress-check/campaigns/{_campaign}/staff", new { staff = new[] { "E6001" } })).EnsureSuccessStatusCode();

        var response = await InRole(role, "E6001").GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/participation");
        var participants = await InRole(role, "E6001").GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/participants");
        var results = await InRole(role, "E6001").GetAsync(Results);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(participants.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(results.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE actor_id = 'E6001' AND outcome = 'Denied'"), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task Only_an_implementer_designates_staff()
    {
        var byOfficer = await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{_campaign}/staff", new { staff = new[] { "E6000" } });
        var byOtherPhysician = await InRole(Roles.Physician, "E3999").PutAsJsonAsync($"/api/v1/stress-check/campaigns/{_campaign}/staff", new { staff = new[] { "E6000" } });

        Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byOtherPhysician.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_excluded_employee_is_no_longer_a_target()
    {
        var excluded = await WelfareOfficer().PostAsJsonAsync($"/api/v1/stress-check/campaigns/{_campaign}/targets/E5002/exclusion", new { reason = "療養中のため（実施規程第10条）" });

        var submit = await SubmitAsync(_campaign, "E5002", AnswersOf(2));

        Assert.That((await excluded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("targetCount").GetInt32(), Is.EqualTo(4));
        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<string>("SELECT reason FROM stress_check.campaign_targets WHERE employee_id = 'E5002'"), Does.Contain("療養中"));
    }
}
