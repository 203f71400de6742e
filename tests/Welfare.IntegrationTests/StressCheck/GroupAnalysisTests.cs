using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.StressCheck;

public sealed class GroupAnalysisTests : StressCheckTest
{
    private Guid _campaign;

    [SetUp]
    public async Task SeedAsync()
    {
        await SeedDirectoryAsync();
        _campaign = await OpenCampaignAsync();
        await SubmitAsync(_campaign, "E5000", AnswersOf(2));
        await SubmitAsync(_campaign, "E5001", AnswersOf(2));
        await SubmitAsync(_campaign, "E5002", AnswersOf(3));
    }

    private string Analysis(string department = "D100") => $"/api/v1/stress-check/campaigns/{_campaign}/group-analyses/{department}";

    [Test]
    public async Task The_implementer_sees_the_group_figures_live()
    {
        var analysis = await InRole(Roles.Physician, Physician).GetFromJsonAsync<JsonElement>(Analysis());

        Assert.That(analysis.GetProperty("respondents").GetInt32(), Is.EqualTo(3));
        Assert.That(analysis.GetProperty("released").GetBoolean(), Is.False);
        Assert.That(analysis.GetProperty("highStressShare").GetDouble(), Is.EqualTo(0.3333).Within(0.0001));
        var quantity = analysis.GetProperty("scales").EnumerateArray().First(s => s.GetProperty("scale").GetString() == "WorkloadQuantity");
        Assert.That(quantity.GetProperty("meanRawScore").GetDouble(), Is.EqualTo(Math.Round((9 + 9 + 6) / 3.0, 2)));
        Assert.That(analysis.GetProperty("male").GetProperty("respondents").GetInt32(), Is.EqualTo(1));
        Assert.That(analysis.GetProperty("female").GetProperty("respondents").GetInt32(), Is.EqualTo(2));
        Assert.That(analysis.GetProperty("combined").GetProperty("respondents").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_small_group_is_not_released_unless_everyone_consented()
    {
        var physician = InRole(Roles.Physician, Physician, language: "en");

        var refused = await physician.PostAsync($"{Analysis()}/release", null);
        var hidden = await WelfareOfficer().GetAsync(Analysis());
        foreach (var employee in new[] { "E5000", "E5001", "E5002" })
        {
            await Employee(employee).GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result");
            await Employee(employee).PutAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/consent", null);
        }

        var released = await physician.PostAsync($"{Analysis()}/release", null);
        var seen = await WelfareOfficer().GetFromJsonAsync<JsonElement>(Analysis());
        await AppointHeadsAsync();
        var ownHead = await ClientFor("E9100", "D100", [Roles.DepartmentHead]).GetAsync(Analysis());
        var otherHead = await ClientFor("E9200", "D200", [Roles.DepartmentHead]).GetAsync(Analysis());

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await ProblemAsync(refused);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("stress-check.group-too-small"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("3 respondents, fewer than the minimum of 10"));
        Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(released.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(seen.GetProperty("released").GetBoolean(), Is.True);
        Assert.That(seen.GetProperty("respondents").GetInt32(), Is.EqualTo(3));
        Assert.That(ownHead.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(otherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_group_at_the_minimum_is_released_and_the_release_keeps_its_figures()
    {
        var small = await CreateCampaignAsync(new
        {
            fiscalYear = 2026,
            opensOn = Today.ToString("yyyy-MM-dd"),
            closesOn = Today.AddDays(30).ToString("yyyy-MM-dd"),
            criteria = new { method = "Sum", stressReaction = 77, factorsAndSupport = 76, stressReactionWithFactors = 63 },
            minimumGroupSize = 2,
            consentScope = "FullResult",
            committeeDecisionReference = "衛生委員会 2026-03-10 第3号（6人未満は非開示の例外）",
        });
        (await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{small}/implementers", new { physicians = new[] { Physician } })).EnsureSuccessStatusCode();
        (await WelfareOfficer().PostAsync($"/api/v1/stress-check/campaigns/{small}/open", null)).EnsureSuccessStatusCode();
        await SubmitAsync(small, "E5000", AnswersOf(2));
        await SubmitAsync(small, "E5001", AnswersOf(2));
        var url = $"/api/v1/stress-check/campaigns/{small}/group-analyses/D100";

        var released = await InRole(Roles.Physician, Physician).PostAsync($"{url}/release", null);
        await SubmitAsync(small, "E5002", AnswersOf(4));
        var seen = await WelfareOfficer().GetFromJsonAsync<JsonElement>(url);

        Assert.That(released.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(seen.GetProperty("respondents").GetInt32(), Is.EqualTo(2), "the employer sees what was released, not later answers");
    }

    [Test]
    public async Task The_implementer_sees_every_department_at_once_and_nobody_else_does()
    {
        await SubmitAsync(_campaign, "E5004", AnswersOf(1));

        var all = (await InRole(Roles.Physician, Physician).GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{_campaign}/group-analyses")).GetProperty("items");
        var officer = await WelfareOfficer().GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/group-analyses");

        Assert.That(all.EnumerateArray().Select(a => $"{a.GetProperty("departmentCode").GetString()}:{a.GetProperty("respondents").GetInt32()}"),
            Is.EqualTo(new[] { "D100:3", "D200:1" }));
        Assert.That(officer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(Roles.WelfareOfficer)]
    [TestCase(Roles.DepartmentHead)]
    public async Task Only_the_implementer_releases(string role)
    {
        var response = await InRole(role, "E9300", "D100").PostAsync($"{Analysis()}/release", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
