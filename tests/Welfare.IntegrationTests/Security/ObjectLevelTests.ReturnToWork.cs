using System.Net.Http.Headers;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// ReturnToWork: E1001's pre-return case, opened by the head of D100 (H100); E1003 (G3) is its support
/// officer once it runs. Outsiders: the head of D200, the colleague E1002 of the same department.
/// </summary>
public sealed partial class ObjectLevelTests
{
    internal const string ReturnToWork = "/api/v1/return-to-work";

    internal static readonly Caller SupportOfficerE1003 = new("support officer E1003 of the case", "E1003", "D100");

    private static readonly byte[] Pdf = [.. "%PDF-1.4\n% synthetic certificate\n"u8.ToArray(), .. new byte[64]];

    private static readonly string[] BriefingPoints =
    [
        "Voluntary", "NotAPushToReturn", "AttendingPhysicianJudgementNeeded", "ConsultBeforeCertificate",
        "MayNotStartOrMayStop", "NoPayBeyondLeavePay", "AccidentInsuranceNotPublicCompensation",
    ];

    private static IEnumerable<ObjectCase> ReturnToWorkCases =>
    [
        Case("GetLeaveCases", "E1001's leave", HeadD100, HeadD200, OpenedPreReturnAsync, Get($"{ReturnToWork}/employees/E1001/leave-cases")),
        Case("GetPreReturn", "E1001's pre-return", HeadD100, HeadD200, OpenedPreReturnAsync, Get($"{ReturnToWork}/pre-returns/{{case}}")),
        Case("GetPreReturn", "own pre-return (E1001)", Self, Colleague, OpenedPreReturnAsync, Get($"{ReturnToWork}/pre-returns/{{case}}")),
        Case("GetLeaveCases", "own leave (E1001)", Self, Colleague, OpenedPreReturnAsync, Get($"{ReturnToWork}/employees/E1001/leave-cases")),
        Case("GetMedicalCertificate", "E1001's certificate", HeadD100, HeadD200, AppliedPreReturnAsync, Get($"{ReturnToWork}/pre-returns/{{case}}/certificate")),
        Case("RecordPreReturnBriefing", "E1001's pre-return", HeadD100, HeadD200, OpenedPreReturnAsync,
            Post($"{ReturnToWork}/pre-returns/{{case}}/briefing", _ => new { points = BriefingPoints[..4], explainedOn = Day(Today) })),
        Case("UploadMedicalCertificate", "own pre-return (E1001)", Self, Colleague, OpenedPreReturnAsync,
            new Call("PUT", $"{ReturnToWork}/pre-returns/{{case}}/certificate", Raw: PdfContent)),
        Case("GetMedicalCertificate", "E1001's certificate", Self, Colleague, AppliedPreReturnAsync, Get($"{ReturnToWork}/pre-returns/{{case}}/certificate")),
        Case("SubmitPreReturnApplication", "own pre-return (E1001)", Self, Colleague, OpenedPreReturnAsync,
            Post($"{ReturnToWork}/pre-returns/{{case}}/application", _ => Application())),
        Case("AcceptFamilySubstitute", "E1001's pre-return", HeadD100, HeadD200, AppliedPreReturnAsync, Post($"{ReturnToWork}/pre-returns/{{case}}/family-consent/acceptance")),
        Case("DraftPreReturnPlan", "E1001's pre-return", HeadD100, HeadD200, AppliedPreReturnAsync,
            Put($"{ReturnToWork}/pre-returns/{{case}}/plan", _ => Plan())),
        Case("DesignateSupportOfficer", "E1001's pre-return", HeadD100, HeadD200, AppliedPreReturnAsync,
            Put($"{ReturnToWork}/pre-returns/{{case}}/support-officer", new { employeeId = "E1003" })),
        Case("RecordPreReturnDailyLog", "own pre-return (E1001)", Self, Colleague, RunningPreReturnAsync,
            Post($"{ReturnToWork}/pre-returns/{{case}}/logs", _ => new
            {
                date = Day(Today), start = "08:30:00", end = "12:00:00", tasks = new[] { "PcDataEntry" }, taskDetails = "entered forms", condition = "Good", remarks = (string?)null,
            })),
        Case("ReviewPreReturnDailyLog", "E1001's daily log", SupportOfficerE1003, Colleague, RunningPreReturnAsync,
            Post($"{ReturnToWork}/pre-returns/{{case}}/logs/{{day}}/review", new { report = "worked steadily" })),
        Case("GivePreReturnContactConsent", "own pre-return (E1001)", Self, Colleague, RunningPreReturnAsync,
            Put($"{ReturnToWork}/pre-returns/{{case}}/contact-consent", new { attendingPhysician = false, family = true })),
        Case("RecordPreReturnContact", "E1001's pre-return", SupportOfficerE1003, Colleague, RunningPreReturnAsync,
            Post($"{ReturnToWork}/pre-returns/{{case}}/contacts", _ => new { party = "Family", contactedOn = Day(Today), summary = "called the spouse" })),
        Case("RequestPreReturnChange", "E1001's pre-return", HeadD100, HeadD200, RunningPreReturnAsync,
            Post($"{ReturnToWork}/pre-returns/{{case}}/change-requests", _ => new { kind = "Cancellation", reason = "ParticipantCannotBear", explanation = "too tiring", newPlan = (object?)null })),
        Case("AskToStopPreReturn", "own pre-return (E1001)", Self, Colleague, RunningPreReturnAsync, Post($"{ReturnToWork}/pre-returns/{{case}}/stop")),
        Case("RecordPreReturnParticipantInformed", "change request of E1001's pre-return", HeadD100, HeadD200, ChangeRequestedPreReturnAsync,
            Post($"{ReturnToWork}/pre-returns/{{case}}/change-requests/{{request}}/participant-informed", new { })),
        Case("ReportPreReturnResult", "E1001's pre-return", HeadD100, HeadD200, RunningPreReturnAsync,
            Post($"{ReturnToWork}/pre-returns/{{case}}/result-report", _ => new
            {
                returnOn = (string?)null, summary = "stopped", recommendedRestrictionMonths = (int?)null, attendingPhysicianInformedOn = Day(Today),
            })),
        Case("GetPreReturnForm", "E1001's application form", HeadD100, HeadD200, AppliedPreReturnAsync, Get($"{ReturnToWork}/pre-returns/{{case}}/forms/application")),
        RoleWide("UpdateLeaveCase", "leave cases are kept by the personnel system and the welfare officer for every employee (policy leave-recorder)"),
        RoleWide("RecordPreReturnReview", "any physician reviews any case: which physician acts on which case is not modelled (ReturnToWork README, Not yet)"),
        RoleWide("RecordPreReturnInterview", "any physician interviews in any case: which physician acts on which case is not modelled (ReturnToWork README, Not yet)"),
        RoleWide("GivePreReturnChangeOpinion", "any physician gives the opinion on any change: which physician acts on which case is not modelled (ReturnToWork README, Not yet)"),
        RoleWide("DecidePreReturn", "the program director decides every case (policy program-director; art. 10)"),
        RoleWide("DecidePreReturnChange", "the program director decides every change (policy program-director; art. 14)"),
    ];

    private static HttpContent PdfContent()
    {
        var content = new ByteArrayContent(Pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    internal static object Application() => new
    {
        attendingPhysicianName = "主治 太郎", attendingPhysicianInstitution = "試験クリニック", wishedStartOn = Day(Today.AddDays(7)), consentToConditions = true,
        familyName = "試験 一郎", familyRelationship = "spouse", noFamily = false,
    };

    internal static object Plan() => new
    {
        startOn = Day(Today), weeks = (int?)null, placeDepartmentCode = (string?)null, placeChangeReason = (string?)null, placeChangeExplanation = (string?)null,
        tasks = new[] { "CollectingAndOrganisingMaterial", "PcDataEntry" }, taskDetails = "filing and data entry", schedule = (object[]?)null,
        considerations = "no overtime",
    };

    internal static async Task<Dictionary<string, string>> OpenedPreReturnAsync()
    {
        await OkAsync(new Caller("personnel system", "personnel-system", "D900", Welfare.SharedKernel.Application.Security.Roles.PersonnelSystem),
            "POST", $"{ReturnToWork}/leave-cases", new
            {
                employeeId = "E1001", kind = "LongSickLeave", startedOn = Day(Today.AddDays(-40)), expectedEndOn = Day(Today.AddDays(90)), endedOn = (string?)null, reference = "L-1001",
            });
        var opened = await OkAsync(HeadD100, "POST", $"{ReturnToWork}/pre-returns", new { employeeId = "E1001" });
        return Ids(("case", opened.GetProperty("id").GetGuid()));
    }

    /// <summary>Opened, fully briefed, certificate uploaded, applied with the family's consent.</summary>
    internal static async Task<Dictionary<string, string>> AppliedPreReturnAsync()
    {
        var ids = await OpenedPreReturnAsync();
        var id = ids["case"];
        await OkAsync(HeadD100, "POST", $"{ReturnToWork}/pre-returns/{id}/briefing", new { points = BriefingPoints[..4], explainedOn = Day(Today) });
        await OkAsync(PhysicianA, "POST", $"{ReturnToWork}/pre-returns/{id}/briefing", new { points = BriefingPoints[4..], explainedOn = Day(Today) });
        await OkAsync(ClientOf(Self).PutAsync($"{ReturnToWork}/pre-returns/{id}/certificate", PdfContent()));
        await OkAsync(Self, "POST", $"{ReturnToWork}/pre-returns/{id}/application", Application());
        return ids;
    }

    /// <summary>Applied → planned from today → reviewed → approved → support officer E1003 → E1001's log of today.</summary>
    internal static async Task<Dictionary<string, string>> RunningPreReturnAsync()
    {
        var ids = await AppliedPreReturnAsync();
        var id = ids["case"];
        await OkAsync(HeadD100, "PUT", $"{ReturnToWork}/pre-returns/{id}/plan", Plan());
        await OkAsync(PhysicianA, "PUT", $"{ReturnToWork}/pre-returns/{id}/review", new { interviewedOn = Day(Today), feasible = true, planAppropriate = true, opinion = "fit" });
        await OkAsync(Director, "POST", $"{ReturnToWork}/pre-returns/{id}/decision", new { approved = true, remarks = "approved" });
        await OkAsync(HeadD100, "PUT", $"{ReturnToWork}/pre-returns/{id}/support-officer", new { employeeId = "E1003" });
        await OkAsync(Self, "POST", $"{ReturnToWork}/pre-returns/{id}/logs", new
        {
            date = Day(Today), start = "08:30:00", end = "12:00:00", tasks = new[] { "PcDataEntry" }, taskDetails = "entered forms", condition = "Good", remarks = (string?)null,
        });
        ids["day"] = Day(Today);
        return ids;
    }

    internal static async Task<Dictionary<string, string>> ChangeRequestedPreReturnAsync()
    {
        var ids = await RunningPreReturnAsync();
        var changed = await OkAsync(HeadD100, "POST", $"{ReturnToWork}/pre-returns/{ids["case"]}/change-requests",
            new { kind = "Cancellation", reason = "ParticipantCannotBear", explanation = "too tiring", newPlan = (object?)null });
        ids["request"] = changed.GetProperty("changeRequests")[0].GetProperty("id").GetGuid().ToString();
        return ids;
    }

    [Test]
    public async Task Pre_return_lists_hold_only_the_callers_department()
    {
        await SeedAsync();
        var ids = await OpenedPreReturnAsync();

        var head = await OkAsync(HeadD100, "GET", $"{ReturnToWork}/pre-returns");
        var otherHead = await OkAsync(HeadD200, "GET", $"{ReturnToWork}/pre-returns");
        var participant = await OkAsync(Self, "GET", $"{ReturnToWork}/pre-returns");
        var colleague = await OkAsync(Colleague, "GET", $"{ReturnToWork}/pre-returns");

        Assert.That(Items(head).Select(c => c.GetProperty("id").GetGuid().ToString()), Is.EqualTo(new[] { ids["case"] }));
        Assert.That(Items(otherHead), Is.Empty, "the head of D200 sees no case of D100");
        Assert.That(Items(participant).Select(c => c.GetProperty("id").GetGuid().ToString()), Is.EqualTo(new[] { ids["case"] }));
        Assert.That(Items(colleague), Is.Empty);
    }
}
