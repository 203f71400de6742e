namespace Welfare.IntegrationTests.Security;

/// <summary>
/// PeerSupport: a consultation belongs to the supporter who recorded it (E1003); E1002 is a supporter of the
/// same workplace. Workplaces, designations and reports belong to the department's head; a guidance request
/// to the coordinator it is addressed to (K1; K2 is the other coordinator).
/// </summary>
public sealed partial class ObjectLevelTests
{
    internal const string PeerSupport = "/api/v1/peer-support";

    internal static readonly Caller RecordingSupporter = new("supporter E1003 who recorded it", "E1003", "D100");
    internal static readonly Caller OtherSupporter = new("supporter E1002 of the same workplace", "E1002", "D100");
    internal static readonly Caller AddressedCoordinator = new("coordinator K1 it is addressed to", "K1", "D900");
    internal static readonly Caller OtherCoordinator = new("coordinator K2", "K2", "D900");

    private static IEnumerable<ObjectCase> PeerSupportCases =>
    [
        Case("RegisterPeerSupportWorkplace", "D100's workplaces", HeadD100, HeadD200, NoRecordAsync,
            Post($"{PeerSupport}/departments/D100/workplaces", new { name = "第2執務室" })),
        Case("GetPeerSupportWorkplaces", "D100's workplaces", HeadD100, HeadD200, WorkplaceAsync, Get($"{PeerSupport}/departments/D100/workplaces")),
        Case("SetNoSupporterReason", "workplace of D100", HeadD100, HeadD200, WorkplaceAsync,
            Put($"{PeerSupport}/workplaces/{{workplace}}/no-supporter-reason", new { reason = "常駐職員1名のため" })),
        Case("DesignatePeerSupporter", "workplace of D100", HeadD100, HeadD200, WorkplaceAsync,
            Post($"{PeerSupport}/workplaces/{{workplace}}/supporters", new { employeeId = "E1002", contact = "内線 102" })),
        Case("ReleasePeerSupporter", "designation in D100", HeadD100, HeadD200, SupportersAsync,
            Post($"{PeerSupport}/supporters/{{designation}}/release", new { reason = "異動のため" })),
        Case("GetDepartmentPeerSupporters", "D100's supporters", Colleague, OtherDepartmentEmployee, SupportersAsync, Get($"{PeerSupport}/departments/D100/supporters")),
        Case("GetSupporterDesignationReports", "D100's Form 3 reports", HeadD100, HeadD200, SupportersAsync, Get($"{PeerSupport}/departments/D100/designation-reports")),
        Case("SubmitQuarterlyReport", "D100's quarterly report", HeadD100, HeadD200, SupportersAsync,
            Post($"{PeerSupport}/departments/D100/quarterly-reports", _ => LastQuarter())),
        Case("GetConsultation", "consultation", RecordingSupporter, OtherSupporter, ConsultationAsync, Get($"{PeerSupport}/consultations/{{consultation}}")),
        Case("GetConsultation", "consultation about E1001", Self, OtherDepartmentEmployee, ConsultationAsync, Get($"{PeerSupport}/consultations/{{consultation}}")),
        Case("UpdateConsultation", "consultation", RecordingSupporter, OtherSupporter, ConsultationAsync,
            Put($"{PeerSupport}/consultations/{{consultation}}", new { category = "Money", content = "書き換え（架空）", outcome = "Resolved" })),
        Case("RecordConsultationConsent", "consultation", RecordingSupporter, OtherSupporter, ConsultationAsync,
            Post($"{PeerSupport}/consultations/{{consultation}}/consents", new { purpose = "Referral", scope = "部外相談員への紹介に同意" })),
        Case("WithdrawConsultationConsent", "consent of a consultation", RecordingSupporter, OtherSupporter, ConsentedConsultationAsync,
            Post($"{PeerSupport}/consultations/{{consultation}}/consents/{{consent}}/withdrawal")),
        Case("ReferConsultation", "consultation with a referral consent", RecordingSupporter, OtherSupporter, ConsentedConsultationAsync,
            Post($"{PeerSupport}/consultations/{{consultation}}/referrals", new { target = "Division", divisionName = "厚生課", costExplained = false })),
        Case("RecordSuperiorContact", "consultation", RecordingSupporter, OtherSupporter, ConsultationAsync,
            Post($"{PeerSupport}/consultations/{{consultation}}/superior-contacts", new { kind = "UrgedSubjectToSpeak" })),
        Case("RequestGuidance", "consultation", RecordingSupporter, OtherSupporter, ConsultationAsync,
            Post($"{PeerSupport}/consultations/{{consultation}}/guidance-requests", new { coordinatorId = "K1", sharedDetails = "紹介先を相談したい" })),
        Case("AdviseSupporter", "guidance request to K1", AddressedCoordinator, OtherCoordinator, GuidanceRequestAsync,
            Post($"{PeerSupport}/guidance-requests/{{guidance}}/advice", new { advice = "専門家の窓口を案内する" })),
        Case("RaiseUrgentCase", "consultation", RecordingSupporter, OtherSupporter, ConsultationAsync,
            Post($"{PeerSupport}/consultations/{{consultation}}/urgency", new { kind = "DangerToLifeOrBody" })),
        Case("RecordUrgentAction", "urgent consultation", RecordingSupporter, OtherSupporter, UrgentConsultationAsync,
            Post($"{PeerSupport}/consultations/{{consultation}}/urgent-action", new { action = "家族に連絡した（架空）" })),
        RoleWide("ReleaseCoordinator", "coordinators are designated and released by the welfare officer for the whole employer (policy welfare-officer)"),
        RoleWide("UpdateExternalCounselor", "the external counsellor registry is kept by the welfare officer for the whole employer (policy welfare-officer)"),
        NotSecret("GetExternalCounselor", "an entry of the external counsellor registry, which every supporter, coordinator and welfare officer reads whole (GET /external-counselors)"),
    ];

    internal static object LastQuarter()
    {
        var quarterStart = new DateOnly(Today.Year, ((Today.Month - 1) / 3 * 3) + 1, 1).AddMonths(-3);
        var fiscalYear = quarterStart.Month >= 4 ? quarterStart.Year : quarterStart.Year - 1;
        var quarter = quarterStart.Month switch { 4 => 1, 7 => 2, 10 => 3, _ => 4 };
        return new { fiscalYear, quarter };
    }

    internal static async Task<Dictionary<string, string>> WorkplaceAsync()
    {
        var workplace = await OkAsync(HeadD100, "POST", $"{PeerSupport}/departments/D100/workplaces", new { name = "第1執務室" });
        return Ids(("workplace", workplace.GetProperty("id").GetGuid()));
    }

    /// <summary>E1003 and E1002 supporters of D100's first workplace.</summary>
    internal static async Task<Dictionary<string, string>> SupportersAsync()
    {
        var ids = await WorkplaceAsync();
        var designation = await OkAsync(HeadD100, "POST", $"{PeerSupport}/workplaces/{ids["workplace"]}/supporters", new { employeeId = "E1003", contact = "内線 103" });
        await OkAsync(HeadD100, "POST", $"{PeerSupport}/workplaces/{ids["workplace"]}/supporters", new { employeeId = "E1002", contact = "内線 102" });
        ids["designation"] = designation.GetProperty("supporter").GetProperty("designationId").GetGuid().ToString();
        return ids;
    }

    internal static async Task<Dictionary<string, string>> ConsultationAsync()
    {
        var ids = await SupportersAsync();
        await OkAsync(WelfareOfficer, "POST", $"{PeerSupport}/coordinators", new { employeeId = "K1", contact = "内線 901" });
        await OkAsync(WelfareOfficer, "POST", $"{PeerSupport}/coordinators", new { employeeId = "K2", contact = "内線 902" });
        var consultation = await OkAsync(RecordingSupporter, "POST", $"{PeerSupport}/consultations", new
        {
            subjectKind = "Employee", subjectEmployeeId = "E1001", familyRelationship = (string?)null, channel = "Request", category = "Family",
            openedOn = (string?)null, content = "家族の問題（試験用の架空の内容）",
        });
        ids["consultation"] = consultation.GetProperty("id").GetGuid().ToString();
        return ids;
    }

    internal static async Task<Dictionary<string, string>> ConsentedConsultationAsync()
    {
        var ids = await ConsultationAsync();
        var consent = await OkAsync(RecordingSupporter, "POST", $"{PeerSupport}/consultations/{ids["consultation"]}/consents", new { purpose = "Referral", scope = "紹介に同意" });
        ids["consent"] = consent.GetProperty("id").GetGuid().ToString();
        return ids;
    }

    internal static async Task<Dictionary<string, string>> GuidanceRequestAsync()
    {
        var ids = await ConsultationAsync();
        var request = await OkAsync(RecordingSupporter, "POST", $"{PeerSupport}/consultations/{ids["consultation"]}/guidance-requests", new { coordinatorId = "K1", sharedDetails = "紹介先を相談したい" });
        ids["guidance"] = request.GetProperty("id").GetGuid().ToString();
        return ids;
    }

    internal static async Task<Dictionary<string, string>> UrgentConsultationAsync()
    {
        var ids = await ConsultationAsync();
        await OkAsync(RecordingSupporter, "POST", $"{PeerSupport}/consultations/{ids["consultation"]}/urgency", new { kind = "DangerToLifeOrBody" });
        return ids;
    }

    [Test]
    public async Task Peer_support_lists_hold_only_the_callers_own_consultations_and_requests()
    {
        await SeedAsync();
        var ids = await GuidanceRequestAsync();
        var consultation = Guid.Parse(ids["consultation"]);

        var recorded = await OkAsync(RecordingSupporter, "GET", $"{PeerSupport}/consultations/recorded");
        var otherRecorded = await OkAsync(OtherSupporter, "GET", $"{PeerSupport}/consultations/recorded");
        var subject = await OkAsync(Self, "GET", $"{PeerSupport}/my/consultations");
        var colleague = await OkAsync(Colleague, "GET", $"{PeerSupport}/my/consultations");
        var addressed = await OkAsync(AddressedCoordinator, "GET", $"{PeerSupport}/guidance-requests");
        var other = await OkAsync(OtherCoordinator, "GET", $"{PeerSupport}/guidance-requests");

        Assert.That(Items(recorded).Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { consultation }));
        Assert.That(Items(otherRecorded), Is.Empty, "another supporter of the same workplace sees none of E1003's consultations");
        Assert.That(Items(subject).Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { consultation }));
        Assert.That(Items(colleague), Is.Empty);
        Assert.That(Items(addressed).Count(), Is.EqualTo(1));
        Assert.That(Items(other), Is.Empty, "a guidance request is seen by the coordinator it is addressed to only");
    }
}
