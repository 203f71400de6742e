using System.Net;
using System.Net.Http.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.StressCheck;

/// <summary>Versions of campaigns and interviews (docs/adr/0011): officers and implementing physicians change them.</summary>
public sealed class StressCheckVersionTests : StressCheckTest
{
    private static readonly object Criteria = new
    {
        criteria = new { method = "Sum", stressReaction = 78, factorsAndSupport = 76, stressReactionWithFactors = 63 },
        minimumGroupSize = 10,
        consentScope = "FullResult",
        committeeDecisionReference = "衛生委員会 2026-03-10 第4号",
    };

    [SetUp]
    public Task SeedAsync() => SeedDirectoryAsync();

    private static string Campaign(Guid id, string rest = "") => $"/api/v1/stress-check/campaigns/{id}{rest}";

    [Test]
    public async Task A_campaign_follows_the_version_rules()
    {
        var id = await CreateCampaignAsync();
        await VersionRules.AssertAsync(WelfareOfficer(), Campaign(id), tag => WelfareOfficer().SendJsonAsync(HttpMethod.Put, Campaign(id, "/criteria"), Criteria, tag));
    }

    [Test]
    public async Task A_target_added_to_an_open_campaign_changes_only_a_target_row_and_still_moves_the_campaign_version()
    {
        var id = await OpenCampaignAsync(departments: ["D100"]);
        await VersionRules.AssertAsync(WelfareOfficer(), Campaign(id),
            tag => WelfareOfficer().SendJsonAsync(HttpMethod.Post, Campaign(id, "/targets/E5004"), new { reason = "兼務のため個別に追加" }, tag));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM stress_check.campaign_targets WHERE campaign_id = '{id}' AND employee_id = 'E5004'"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_interview_follows_the_version_rules()
    {
        var id = await OpenCampaignAsync();
        await SubmitAsync(id, "E5000", AnswersOf(3));
        var employee = Employee("E5000");
        (await employee.GetAsync(Campaign(id, "/my/result"))).EnsureSuccessStatusCode();
        (await employee.PostAsync(Campaign(id, "/my/interview-request"), null)).EnsureSuccessStatusCode();
        var implementer = InRole(Roles.Physician, Physician, "D900");

        await VersionRules.AssertAsync(implementer, Campaign(id, "/interviews/E5000"),
            tag => implementer.SendJsonAsync(HttpMethod.Put, Campaign(id, "/interviews/E5000/eligibility"), new { eligible = true, note = "高ストレス者" }, tag));
        Assert.That((await WelfareOfficer().GetAsync(Campaign(id, "/interviews/E5000"))).Headers.ETag, Is.Not.Null, "every reader gets the version");
    }
}
