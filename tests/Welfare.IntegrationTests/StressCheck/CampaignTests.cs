using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.StressCheck;

public sealed class CampaignTests : StressCheckTest
{
    [SetUp]
    public Task SeedAsync() => SeedDirectoryAsync();

    [Test]
    public async Task Opening_fixes_the_targets_from_the_directory_as_of_the_opening_date()
    {
        var all = await OpenCampaignAsync();
        var d100 = await OpenCampaignAsync(departments: ["D100"]);

        var campaign = await WelfareOfficer().GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{all}");
        var narrowed = await WelfareOfficer().GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{d100}");

        Assert.That(campaign.GetProperty("status").GetString(), Is.EqualTo("Open"));
        Assert.That(campaign.GetProperty("targetCount").GetInt32(), Is.EqualTo(5));
        Assert.That(narrowed.GetProperty("targetCount").GetInt32(), Is.EqualTo(4));
        Assert.That(campaign.GetProperty("questionnaire").GetString(), Is.EqualTo("BJSQ-57"));
    }

    [Test]
    public async Task Someone_who_joins_after_the_opening_date_is_not_a_target()
    {
        var opensOn = Today;
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await Harness.OrganisationSeed.EmployeesAsync(personnel, opensOn.AddDays(10).ToString("yyyy-MM-dd"),
            new Harness.SeedEmployee("E5100", "D100", JoinedOn: opensOn.AddDays(10).ToString("yyyy-MM-dd")));
        await DeliverEventsAsync();

        var id = await OpenCampaignAsync(opensOn);

        var campaign = await WelfareOfficer().GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{id}");
        Assert.That(campaign.GetProperty("targetCount").GetInt32(), Is.EqualTo(5));
    }

    [Test]
    public async Task Thresholds_change_until_the_campaign_opens_and_never_after()
    {
        var id = await CreateCampaignAsync();
        var change = new
        {
            criteria = new { method = "ConversionTable", stressReaction = 12, factorsAndSupport = 26, stressReactionWithFactors = 17 },
            minimumGroupSize = 6,
            consentScope = "HighStressOnly",
            committeeDecisionReference = "衛生委員会 2026-03-24 第5号",
        };

        var before = await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{id}/criteria", change);
        (await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{id}/implementers", new { physicians = new[] { Physician } })).EnsureSuccessStatusCode();
        (await WelfareOfficer().PostAsync($"/api/v1/stress-check/campaigns/{id}/open", null)).EnsureSuccessStatusCode();
        var after = await WelfareOfficer("en").PutAsJsonAsync($"/api/v1/stress-check/campaigns/{id}/criteria", change);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var changed = await before.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(changed.GetProperty("criteria").GetProperty("method").GetString(), Is.EqualTo("ConversionTable"));
        Assert.That(changed.GetProperty("minimumGroupSize").GetInt32(), Is.EqualTo(6));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await ProblemAsync(after);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("stress-check.campaign-already-opened"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("cannot change once the campaign has opened"));
    }

    [Test]
    public async Task A_campaign_without_an_implementer_cannot_open()
    {
        var id = await CreateCampaignAsync();

        var response = await WelfareOfficer().PostAsync($"/api/v1/stress-check/campaigns/{id}/open", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(response)).GetProperty("code").GetString(), Is.EqualTo("stress-check.no-implementer"));
    }

    [Test]
    public async Task A_reversed_period_or_missing_committee_reference_is_refused_field_by_field()
    {
        var response = await WelfareOfficer("en").PostAsJsonAsync("/api/v1/stress-check/campaigns", new
        {
            fiscalYear = 2026,
            opensOn = "2026-06-30",
            closesOn = "2026-06-01",
            criteria = new { method = "Sum", stressReaction = 77, factorsAndSupport = 76, stressReactionWithFactors = 63 },
            consentScope = "FullResult",
            committeeDecisionReference = "",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.That(errors.TryGetProperty("closesOn", out _), Is.True);
        Assert.That(errors.TryGetProperty("committeeDecisionReference", out _), Is.True);
    }

    [TestCase(null)]
    [TestCase(Roles.PersonnelOfficer)]
    [TestCase(Roles.Physician)]
    [TestCase(Roles.DepartmentHead)]
    [TestCase(Roles.Auditor)]
    public async Task Only_welfare_officers_run_campaigns(string? role)
    {
        var id = await CreateCampaignAsync();
        var client = role is null ? Employee("E5000") : InRole(role);

        var create = await client.PostAsJsonAsync("/api/v1/stress-check/campaigns", new { fiscalYear = 2026 });
        var open = await client.PostAsync($"/api/v1/stress-check/campaigns/{id}/open", null);

        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Campaigns_are_visible_to_their_officers_implementers_and_targets_only()
    {
        var id = await OpenCampaignAsync(departments: ["D100"]);

        var target = await Employee("E5000").GetAsync($"/api/v1/stress-check/campaigns/{id}");
        var notTarget = await Employee("E5004", "D200").GetAsync($"/api/v1/stress-check/campaigns/{id}");
        var implementer = await InRole(Roles.Physician, Physician).GetAsync($"/api/v1/stress-check/campaigns/{id}");
        var otherPhysician = await InRole(Roles.Physician, "E3999").GetAsync($"/api/v1/stress-check/campaigns/{id}");
        var list = (await Employee("E5004", "D200").GetFromJsonAsync<JsonElement>("/api/v1/stress-check/campaigns")).GetProperty("items");

        Assert.That(target.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(notTarget.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(implementer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(otherPhysician.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(list.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task The_questionnaire_is_served_in_Japanese_with_English()
    {
        var questionnaire = await Employee().GetFromJsonAsync<JsonElement>("/api/v1/stress-check/questionnaire");

        var sections = questionnaire.GetProperty("sections").EnumerateArray().ToList();
        Assert.That(sections.Select(s => s.GetProperty("items").GetArrayLength()), Is.EqualTo(new[] { 17, 29, 9, 2 }));
        var first = sections[0].GetProperty("items")[0].GetProperty("text");
        Assert.That(first.GetProperty("ja").GetString(), Is.EqualTo("非常にたくさんの仕事をしなければならない"));
        Assert.That(first.GetProperty("en").GetString(), Is.Not.Empty);
        Assert.That(sections[1].GetProperty("answerLabels")[3].GetProperty("ja").GetString(), Is.EqualTo("ほとんどいつもあった"));
    }
}
