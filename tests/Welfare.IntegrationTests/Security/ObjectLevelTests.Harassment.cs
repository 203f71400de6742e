using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>Harassment: a complaint belongs to its assigned counsellors; C3 is a designated counsellor never assigned to it.</summary>
public sealed partial class ObjectLevelTests
{
    internal const string Harassment = "/api/v1/harassment";

    internal static readonly Caller AssignedCounselor = new("assigned counsellor C1", "C1", "D900");
    internal static readonly Caller UnassignedCounselor = new("designated counsellor C3, not assigned", "C3", "D900");

    private static IEnumerable<ObjectCase> HarassmentCases =>
    [
        Case("GetHarassmentComplaint", "complaint", AssignedCounselor, UnassignedCounselor, ComplaintAsync, Get($"{Harassment}/complaints/{{complaint}}")),
        Case("GetHarassmentComplaint", "own complaint (E1001)", Self, Colleague, ComplaintAsync, Get($"{Harassment}/complaints/{{complaint}}")),
        Case("AssignHarassmentCounselors", "complaint", AssignedCounselor, UnassignedCounselor, ComplaintAsync,
            Put($"{Harassment}/complaints/{{complaint}}/counselors", new { counselorIds = new[] { "C1", "C2" } })),
        Case("RecordHarassmentIntake", "complaint", AssignedCounselor, UnassignedCounselor, ComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/intake", IntakeFacts())),
        Case("CorrectHarassmentIntake", "confirmed complaint", AssignedCounselor, UnassignedCounselor, ConfirmedComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/intake/corrections", new { facts = IntakeFacts(), correctionNote = "Dates corrected on read-back." })),
        Case("ConfirmHarassmentIntake", "complaint with an intake", AssignedCounselor, UnassignedCounselor, IntakeComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/intake/confirmation", new { version = 1, method = "ReadBack" })),
        Case("ChooseHarassmentHandling", "confirmed complaint", AssignedCounselor, UnassignedCounselor, ConfirmedComplaintAsync,
            Put($"{Harassment}/complaints/{{complaint}}/handling", new { choice = "SupervisorObservation", reason = "One remark, no urgency." })),
        Case("RecordHarassmentHearing", "confirmed complaint", AssignedCounselor, UnassignedCounselor, ConfirmedComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/hearings", _ => RespondentHearing())),
        Case("CorrectHarassmentHearing", "hearing of a complaint", AssignedCounselor, UnassignedCounselor, HearingComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/hearings/{{hearing}}/corrections",
                new { account = "Says the remarks were jokes.", explanation = "Did not know it hurt.", disputesFacts = true, correctionNote = "Corrected on read-back." })),
        Case("ConfirmHarassmentHearing", "hearing of a complaint", AssignedCounselor, UnassignedCounselor, HearingComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/hearings/{{hearing}}/confirmation", new { version = 1, method = "ReadBack" })),
        Case("TakeHarassmentAction", "confirmed complaint", AssignedCounselor, UnassignedCounselor, ConfirmedComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/actions", _ => new { type = "DirectWarning", takenOn = Today, note = "Warned the respondent.", complainantConsented = true })),
        Case("TellHarassmentComplainant", "confirmed complaint", AssignedCounselor, UnassignedCounselor, ConfirmedComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/complainant-notices", _ => new { toldOn = Today, note = "Told the complainant." })),
        Case("CloseHarassmentComplaint", "confirmed complaint", AssignedCounselor, UnassignedCounselor, ConfirmedComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/closure", new { outcome = "Withdrawn" })),
        Case("NotifyHarassmentEmergency", "complaint", AssignedCounselor, UnassignedCounselor, ComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/emergency-notices", new { reason = "PossibleSelfHarm", complainantObjected = false, note = "Synthetic note." })),
        Case("RecordHarassmentFollowUp", "follow-up check of a closed complaint", AssignedCounselor, UnassignedCounselor, ClosedComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/follow-ups/{{check}}", new { adverseTreatmentFound = false, note = "Nothing adverse." })),
        Case("RequestHarassmentInvestigationByAuthority", "confirmed complaint against X1 (police HQ)", AssignedCounselor, UnassignedCounselor, OtherAuthorityComplaintAsync,
            Post($"{Harassment}/complaints/{{complaint}}/authority-requests", new { note = "Please investigate X1." })),
        Case("RecordHarassmentAuthorityAnswer", "request to another authority", AssignedCounselor, UnassignedCounselor, AuthorityRequestAsync,
            Put($"{Harassment}/complaints/{{complaint}}/authority-requests/{{request}}/answer", new { answer = "X1 was warned." })),
        RoleWide("ReleaseHarassmentCounselor", "the counsellor register is the welfare officer's (policy welfare-officer); every welfare officer keeps all of it, and no complaint content is reachable through it"),
        RoleWide("RecordHarassmentTrainingAttendance", "training sessions are run by the welfare officer (policy welfare-officer) for the whole employer; attendance holds no case data"),
    ];

    internal static object IntakeFacts() => new
    {
        wantsFutureConductStopped = true,
        wantsRemedyForPastConduct = false,
        wishNote = (string?)null,
        urgency = "Moderate",
        complainantState = "Sleeping badly, still at work.",
        relationship = "Respondent is the complainant's senior.",
        whenOccurred = "Several times during the last month.",
        whereOccurred = "Office D100.",
        howOccurred = "Repeated remarks about appearance.",
        complainantResponse = "Asked him to stop once.",
        supervisorConsulted = false,
        supervisorConsultationNote = (string?)null,
        knownOnlyToParties = false,
        witnesses = "E2001 was present.",
    };

    internal static object RespondentHearing() => new
    {
        kind = "Respondent", subjectEmployeeId = "R1001", heldOn = Today, account = "Says the remarks were meant as jokes.",
        explanationOffered = true, explanation = "Did not know it hurt.", disputesFacts = true,
    };

    internal static async Task DesignateCounselorsAsync()
    {
        foreach (var (id, sex) in new[] { ("C1", "Female"), ("C2", "Male"), ("C3", "Female") })
        {
            await OkAsync(WelfareOfficer, "POST", $"{Harassment}/counselors", new { employeeId = id, sex });
        }
    }

    internal static async Task<Guid> ReceiveComplaintAsync(string respondent = "R1001")
    {
        await DesignateCounselorsAsync();
        var complaint = await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints", new
        {
            source = "PersonHarassed", complainantId = "E1001", personHarassedId = (string?)null, respondentId = respondent,
            kinds = new[] { new { kind = "PowerHarassment" } }, requestedCounselorSex = (string?)null, counselorIds = new[] { "C1", "C2" },
            singleCounselorReason = (string?)null, retaliationOf = (Guid?)null,
        });
        return complaint.GetProperty("id").GetGuid();
    }

    internal static async Task<Dictionary<string, string>> ComplaintAsync() => Ids(("complaint", await ReceiveComplaintAsync()));

    internal static async Task<Dictionary<string, string>> IntakeComplaintAsync()
    {
        var id = await ReceiveComplaintAsync();
        await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints/{id}/intake", IntakeFacts());
        return Ids(("complaint", id));
    }

    internal static async Task<Guid> ConfirmAsync(string respondent = "R1001")
    {
        var id = await ReceiveComplaintAsync(respondent);
        await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints/{id}/intake", IntakeFacts());
        await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints/{id}/intake/confirmation", new { version = 1, method = "ReadBack" });
        return id;
    }

    internal static async Task<Dictionary<string, string>> ConfirmedComplaintAsync() => Ids(("complaint", await ConfirmAsync()));

    internal static async Task<Dictionary<string, string>> HearingComplaintAsync()
    {
        var id = await ConfirmAsync();
        var hearing = await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints/{id}/hearings", RespondentHearing());
        return Ids(("complaint", id), ("hearing", hearing.GetProperty("hearingId").GetGuid()));
    }

    internal static async Task<Dictionary<string, string>> ClosedComplaintAsync()
    {
        var id = await ConfirmAsync();
        await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints/{id}/actions", new { type = "DirectWarning", takenOn = Today, note = "Warned.", complainantConsented = true });
        await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints/{id}/complainant-notices", new { toldOn = Today, note = "Told." });
        await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints/{id}/closure", new { outcome = "Resolved" });
        var due = await OkAsync(AssignedCounselor, "GET", $"{Harassment}/follow-ups?dueBy={Day(Today.AddDays(400))}");
        return Ids(("complaint", id), ("check", Items(due).First().GetProperty("checkId").GetGuid()));
    }

    internal static async Task<Dictionary<string, string>> OtherAuthorityComplaintAsync() => Ids(("complaint", await ConfirmAsync("X1")));

    internal static async Task<Dictionary<string, string>> AuthorityRequestAsync()
    {
        var id = await ConfirmAsync("X1");
        var request = await OkAsync(AssignedCounselor, "POST", $"{Harassment}/complaints/{id}/authority-requests", new { note = "Please investigate X1." });
        return Ids(("complaint", id), ("request", request.GetProperty("id").GetGuid()));
    }

    [Test]
    public async Task Harassment_lists_hold_only_the_callers_own_cases()
    {
        await SeedAsync();
        var mine = await ReceiveComplaintAsync();

        var assigned = await OkAsync(AssignedCounselor, "GET", $"{Harassment}/complaints");
        var unassigned = await OkAsync(UnassignedCounselor, "GET", $"{Harassment}/complaints");
        var personnel = await OkAsync(PersonnelOfficer, "GET", $"{Harassment}/complaints");
        var complainant = await OkAsync(Self, "GET", $"{Harassment}/me/complaints");
        var colleague = await OkAsync(Colleague, "GET", $"{Harassment}/me/complaints");

        Assert.That(Items(assigned).Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { mine }));
        Assert.That(Items(unassigned), Is.Empty, "a counsellor not assigned sees no case");
        Assert.That(Items(personnel), Is.Empty, "the personnel officer sees referred cases only");
        Assert.That(Items(complainant).Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { mine }));
        Assert.That(Items(colleague), Is.Empty);
    }
}
