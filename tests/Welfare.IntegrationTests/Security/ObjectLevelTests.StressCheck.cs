using System.Net.Http.Json;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// StressCheck: a campaign for D100 implemented by physician PA (PB is a physician not named on it); E1001
/// took it (high stress), read the result, consented (full result) and asked for an interview. E2001 of D200
/// is not a target.
/// </summary>
public sealed partial class ObjectLevelTests
{
    internal const string StressCheck = "/api/v1/stress-check/campaigns";

    internal static readonly Caller NotTargeted = new("employee E2001, not a target of the campaign", "E2001", "D200");

    private static IEnumerable<ObjectCase> StressCheckCases =>
    [
        Case("GetStressCheckCampaign", "campaign", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}")),
        Case("DesignateStressCheckStaff", "campaign", PhysicianA, PhysicianB, CampaignAsync, Put($"{StressCheck}/{{campaign}}/staff", new { staff = new[] { "K1" } })),
        Case("GetStressCheckParticipation", "campaign's participation", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/participation")),
        Case("GetStressCheckParticipants", "campaign's participants", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/participants")),
        Case("RequestStressCheckReminders", "campaign's reminders", StaffK1, PhysicianB, CampaignAsync,
            Post($"{StressCheck}/{{campaign}}/reminders", new { employeeIds = (string[]?)null })),
        Case("GetStressCheckGroupAnalyses", "campaign's group analyses", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/group-analyses")),
        Case("GetStressCheckGroupAnalysis", "D100's group analysis", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/group-analyses/D100")),
        Case("ReleaseStressCheckGroupAnalysis", "D100's group analysis", PhysicianA, PhysicianB, CampaignAsync, Post($"{StressCheck}/{{campaign}}/group-analyses/D100/release")),
        Case("GetStressCheckResults", "campaign's results", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/results")),
        Case("GetStressCheckResult", "E1001's result (consented)", HeadD100, HeadD200, CampaignAsync, Get($"{StressCheck}/{{campaign}}/results/E1001")),
        Case("GetStressCheckInterviews", "campaign's interview requests", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/interviews")),
        Case("GetStressCheckInterview", "E1001's interview", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/interviews/E1001")),
        Case("GetStressCheckInterview", "E1001's physician opinion", HeadD100, HeadD200, OpinionIssuedAsync, Get($"{StressCheck}/{{campaign}}/interviews/E1001")),
        Case("GetStressCheckResult", "E1001's result", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/results/E1001")),
        Case("GetStressCheckInterviewForm", "E1001's interview request", PhysicianA, PhysicianB, CampaignAsync, Get($"{StressCheck}/{{campaign}}/interviews/E1001/forms/request")),
        Case("GetStressCheckInterviewForm", "E1001's physician opinion", HeadD100, HeadD200, OpinionIssuedAsync, Get($"{StressCheck}/{{campaign}}/interviews/E1001/forms/opinion")),
        Case("RecommendStressCheckInterview", "E1001's result", PhysicianA, PhysicianB, CampaignAsync, Post($"{StressCheck}/{{campaign}}/interviews/E1001/recommendation")),
        Case("DecideStressCheckInterviewEligibility", "E1001's interview", PhysicianA, PhysicianB, CampaignAsync,
            Put($"{StressCheck}/{{campaign}}/interviews/E1001/eligibility", new { eligible = true, note = "高ストレス者" })),
        Case("RecordStressCheckInterview", "E1001's interview", PhysicianA, PhysicianB, EligibleInterviewAsync,
            Put($"{StressCheck}/{{campaign}}/interviews/E1001/record", _ => new
            {
                heldOn = Day(Today.AddDays(7)), workSituation = "繁忙期（架空）", psychologicalBurden = "睡眠が浅い（架空）", otherHealthState = "特記なし",
            })),
        Case("IssueStressCheckPhysicianOpinion", "E1001's interview", PhysicianA, PhysicianB, EligibleInterviewAsync,
            Put($"{StressCheck}/{{campaign}}/interviews/E1001/opinion", _ => new
            {
                workCategory = "Restricted", overtimeCapHours = 20, overtimeForbidden = false, shortenedHours = false, noNightWork = true,
                validFrom = Day(Today.AddDays(8)), validTo = Day(Today.AddDays(98)), workloadMeasures = "業務量の調整",
            })),
        Case("SubmitStressCheckAnswers", "own submission to a campaign", Self, NotTargeted, CampaignAsync,
            Post($"{StressCheck}/{{campaign}}/my/submissions", new { answers = Enumerable.Repeat(2, 57).ToArray() })),
        Case("GetMyStressCheckResult", "own result", Self, NotTargeted, CampaignAsync, Get($"{StressCheck}/{{campaign}}/my/result")),
        Case("GetMyStressCheckResultChart", "own result", Self, NotTargeted, CampaignAsync, Get($"{StressCheck}/{{campaign}}/my/result/chart.svg")),
        Case("GiveStressCheckConsent", "own result", Self, NotTargeted, CampaignAsync, Put($"{StressCheck}/{{campaign}}/my/consent")),
        Case("WithdrawStressCheckConsent", "own consent", Self, NotTargeted, CampaignAsync, Delete($"{StressCheck}/{{campaign}}/my/consent")),
        Case("RequestStressCheckInterview", "own result", Self, NotTargeted, CampaignAsync, Post($"{StressCheck}/{{campaign}}/my/interview-request")),
        Case("GetMyStressCheckInterviewForm", "own interview request", Self, NotTargeted, CampaignAsync, Get($"{StressCheck}/{{campaign}}/my/interview/forms/request")),
        Case("GetMyStressCheckResultNotice", "own result", Self, NotTargeted, CampaignAsync, Get($"{StressCheck}/{{campaign}}/my/result/notice")),
        Case("GetMyStressCheckInterview", "own interview", Self, NotTargeted, CampaignAsync, Get($"{StressCheck}/{{campaign}}/my/interview")),
        RoleWide("ChangeStressCheckCriteria", "the welfare officer runs every campaign (seed 004; policy welfare-officer); a campaign's settings hold no personal data"),
        RoleWide("NameStressCheckImplementers", "the welfare officer names the implementers of every campaign (policy welfare-officer)"),
        RoleWide("OpenStressCheckCampaign", "the welfare officer opens every campaign (policy welfare-officer)"),
        RoleWide("CloseStressCheckCampaign", "the welfare officer closes every campaign (policy welfare-officer)"),
        RoleWide("AddStressCheckTarget", "the welfare officer keeps the targets of every campaign (policy welfare-officer)"),
        RoleWide("ExcludeStressCheckTarget", "the welfare officer keeps the targets of every campaign (policy welfare-officer)"),
        RoleWide("DecideStressCheckMeasures", "the employer's decision on measures is the welfare officer's for every employee (README disclosure table: opinion and decision — welfare officer yes)"),
    ];

    internal static readonly Caller StaffK1 = new("implementation staff K1 of the campaign", "K1", "D900");

    internal static Task<Dictionary<string, string>> CampaignAsync() => CampaignAsync("FullResult");

    /// <summary>The campaign as the class summary describes it, with the consent scope E1001 gives.</summary>
    internal static async Task<Dictionary<string, string>> CampaignAsync(string consentScope)
    {
        var campaign = await OkAsync(WelfareOfficer, "POST", StressCheck, new
        {
            fiscalYear = Today.Year,
            opensOn = Day(Today),
            closesOn = Day(Today.AddDays(30)),
            criteria = new { method = "Sum", stressReaction = 77, factorsAndSupport = 76, stressReactionWithFactors = 63 },
            consentScope,
            committeeDecisionReference = "衛生委員会 第3号（架空）",
            targetDepartments = new[] { "D100" },
        });
        var id = campaign.GetProperty("id").GetGuid();
        await OkAsync(WelfareOfficer, "PUT", $"{StressCheck}/{id}/implementers", new { physicians = new[] { PhysicianA.Subject } });
        await OkAsync(WelfareOfficer, "POST", $"{StressCheck}/{id}/open");
        await OkAsync(PhysicianA, "PUT", $"{StressCheck}/{id}/staff", new { staff = new[] { StaffK1.Subject } });
        await OkAsync(Self, "POST", $"{StressCheck}/{id}/my/submissions", new { answers = Enumerable.Repeat(3, 57).ToArray() });
        await OkAsync(Self, "GET", $"{StressCheck}/{id}/my/result");
        await OkAsync(Self, "PUT", $"{StressCheck}/{id}/my/consent");
        await OkAsync(Self, "POST", $"{StressCheck}/{id}/my/interview-request");
        return Ids(("campaign", id));
    }

    internal static async Task<Dictionary<string, string>> EligibleInterviewAsync()
    {
        var ids = await CampaignAsync();
        await OkAsync(PhysicianA, "PUT", $"{StressCheck}/{ids["campaign"]}/interviews/E1001/eligibility", new { eligible = true, note = "高ストレス者" });
        return ids;
    }

    /// <summary>E1001's interview held by PA with the opinion issued and the employer's decision taken.</summary>
    internal static async Task<Dictionary<string, string>> OpinionIssuedAsync()
    {
        var ids = await EligibleInterviewAsync();
        var campaign = $"{StressCheck}/{ids["campaign"]}";
        await OkAsync(PhysicianA, "PUT", $"{campaign}/interviews/E1001/record", new
        {
            heldOn = Day(Today.AddDays(7)), workSituation = "繁忙期（架空）", psychologicalBurden = "睡眠が浅い（架空）", otherHealthState = "特記なし",
        });
        await OkAsync(PhysicianA, "PUT", $"{campaign}/interviews/E1001/opinion", new
        {
            workCategory = "Restricted", overtimeCapHours = 20, overtimeForbidden = false, shortenedHours = false, noNightWork = true,
            validFrom = Day(Today.AddDays(8)), validTo = Day(Today.AddDays(98)), workloadMeasures = "業務量の調整",
        });
        await OkAsync(WelfareOfficer, "PUT", $"{campaign}/interviews/E1001/decision", new { measures = "時間外勤務を月20時間までとする", employeeOpinion = "了解した" });
        return ids;
    }

    [Test]
    public async Task Stress_check_lists_hold_only_what_the_caller_may_see()
    {
        await SeedAsync();
        var ids = await CampaignAsync();
        var campaign = Guid.Parse(ids["campaign"]);

        var named = await OkAsync(PhysicianA, "GET", StressCheck);
        var notNamed = await OkAsync(PhysicianB, "GET", StressCheck);
        var target = await OkAsync(Self, "GET", StressCheck);
        var notTarget = await OkAsync(NotTargeted, "GET", StressCheck);
        var head = await OkAsync(HeadD100, "GET", $"{StressCheck}/{campaign}/results");
        var otherHead = await ClientOf(HeadD200).GetAsync($"{StressCheck}/{campaign}/results");
        var otherHeadItems = otherHead.IsSuccessStatusCode ? Items(await otherHead.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Count() : 0;

        Assert.That(Items(named).Select(c => c.GetProperty("id").GetGuid()), Is.EqualTo(new[] { campaign }));
        Assert.That(Items(notNamed), Is.Empty, "a physician not named on the campaign does not see it");
        Assert.That(Items(target).Select(c => c.GetProperty("id").GetGuid()), Is.EqualTo(new[] { campaign }));
        Assert.That(Items(notTarget), Is.Empty, "an employee not targeted does not see the campaign");
        Assert.That(Items(head).Select(r => r.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E1001" }));
        Assert.That(otherHeadItems, Is.Zero, "the head of D200 sees no result of D100's staff");

        // Who asked for an interview is not the head's to know (別表第1): before an opinion there is nothing to see.
        var requested = await ClientOf(HeadD100).GetAsync($"{StressCheck}/{campaign}/interviews/E1001");
        Assert.That((int)requested.StatusCode, Is.EqualTo(404), await requested.Content.ReadAsStringAsync());
    }
}
