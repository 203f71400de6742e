using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.StressCheck;

/// <summary>
/// A campaign fixes each target's sex and department at opening; it must take them from a copy of the directory
/// that holds every committed change, or refuse (issue #16, item 4): new data or 409, never the old.
/// </summary>
public sealed class DirectoryFreshnessTests : StressCheckTest
{
    [SetUp]
    public Task SeedAsync() => SeedDirectoryAsync();

    [Test]
    public async Task Opening_during_a_directory_change_answers_409_with_retry_after_and_opens_with_the_new_data_once_applied()
    {
        var id = await CreateCampaignAsync();
        (await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{id}/implementers", new { physicians = new[] { Physician } })).EnsureSuccessStatusCode();
        await CorrectSexAsync("E5001", "Female");

        var refused = await WelfareOfficer("en").PostAsync($"/api/v1/stress-check/campaigns/{id}/open", null);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await refused.Content.ReadAsStringAsync());
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("request.directory-catching-up"));
        Assert.That(int.Parse(refused.Headers.GetValues("Retry-After").Single()), Is.GreaterThanOrEqualTo(1));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM stress_check.campaign_targets WHERE campaign_id = '{id}'"), Is.Zero,
            "nothing is fixed from the stale copy");

        await DeliverEventsAsync();
        var opened = await WelfareOfficer().PostAsync($"/api/v1/stress-check/campaigns/{id}/open", null);

        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.OK), await opened.Content.ReadAsStringAsync());
        Assert.That(await ScalarAsync<string>($"SELECT sex FROM stress_check.campaign_targets WHERE campaign_id = '{id}' AND employee_id = 'E5001'"),
            Is.EqualTo("Female"));
    }

    [Test]
    public async Task Re_adding_a_target_takes_the_directory_s_current_facts()
    {
        var id = await OpenCampaignAsync();
        Assert.That(await ScalarAsync<string>($"SELECT sex FROM stress_check.campaign_targets WHERE campaign_id = '{id}' AND employee_id = 'E5001'"),
            Is.EqualTo("Male"));
        await CorrectSexAsync("E5001", "Female");
        await DeliverEventsAsync();

        var readded = await WelfareOfficer().PostAsJsonAsync($"/api/v1/stress-check/campaigns/{id}/targets/E5001", new { reason = "性別の訂正を反映" });

        Assert.That((int)readded.StatusCode, Is.InRange(200, 201), await readded.Content.ReadAsStringAsync());
        Assert.That(await ScalarAsync<string>($"SELECT sex FROM stress_check.campaign_targets WHERE campaign_id = '{id}' AND employee_id = 'E5001'"),
            Is.EqualTo("Female"));
    }

    private static async Task CorrectSexAsync(string employeeId, string sex)
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.EmployeesAsync(personnel, Today.ToString("yyyy-MM-dd"), new SeedEmployee(employeeId, "D100", Sex: sex));
    }
}
