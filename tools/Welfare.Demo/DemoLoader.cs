using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Welfare.Demo;

/// <summary>One request a demo user can make in Swagger UI, and a piece of demo data its answer shows.</summary>
internal sealed record ThingToTry(string Method, string Path, string What, string Expect, string? Body = null, string? ContentType = null)
{
    public string Operation => $"{Method} {Path}";
}

internal sealed record DemoGuide(DemoUser User, IReadOnlyList<ThingToTry> Things);

internal sealed record DemoOutcome(bool DirectoryExisted, DateOnly Today, IReadOnlyList<string> Facts, IReadOnlyList<DemoGuide> Guides);

internal sealed class DemoLoadException(string message) : Exception(message);

/// <summary>
/// Loads the demo organisation through the public API, as the personnel and attendance systems and the
/// people of each role would, so the demo holds only what the product accepts and is audited like real
/// use. Every step first looks for what an earlier run made, so running it again adds nothing.
/// </summary>
/// <param name="clientFor">An HTTP client whose token carries the user's claims.</param>
/// <param name="waitForDelivery">Called between polls for the outbox relay's delivery of the directory (a pause against a running host; the relay itself in tests).</param>
/// <param name="today">The server's calendar day in Japan: every date of the demo is relative to it.</param>
internal sealed class DemoLoader(
    Func<DemoUser, HttpClient> clientFor,
    Func<CancellationToken, Task> waitForDelivery,
    DateOnly today,
    Action<string>? log = null,
    TimeSpan? deliveryTimeout = null)
{
    private const string Ndjson = "application/x-ndjson";
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    // The time card printed for the attendance system is pasted into Swagger UI: keep "+09:00" readable.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<DemoUser, HttpClient> _clients = [];
    private readonly List<string> _facts = [];

    private DateOnly LastMonth => new DateOnly(today.Year, today.Month, 1).AddMonths(-1);

    private string DirectoryAsOf => Iso(LastMonth.AddMonths(-1));

    private int FiscalYear => today.Month >= 4 ? today.Year : today.Year - 1;

    public async Task<DemoOutcome> LoadAsync(CancellationToken ct = default)
    {
        var directoryExisted = await DirectoryExistsAsync(ct);
        if (!directoryExisted)
        {
            await LoadDirectoryAsync(ct);
        }

        await WaitForDirectoryAsync(ct);
        var recordImport = await LoadWorkingTimeAsync(ct);
        await CloseLastMonthAsync(ct);
        var campaign = await StressCheckAsync(ct);
        var consultation = await PeerSupportAsync(ct);
        var preReturn = await ReturnToWorkAsync(ct);
        var complaint = await HarassmentAsync(ct);
        var employeeImport = await LatestEmployeeImportAsync(ct);
        return new DemoOutcome(directoryExisted, today, _facts, Guides(campaign, consultation, preReturn, complaint, recordImport, employeeImport));
    }

    // ---- Organisation: what the personnel system sends, and the heads a personnel officer names ----

    private async Task<bool> DirectoryExistsAsync(CancellationToken ct)
    {
        var last = DemoOrganisation.Staff[^1].EmployeeId;
        var (status, _) = await TryGetAsync(DemoOrganisation.PersonnelOfficer, $"/api/v1/organisation/employees/{last}", ct);
        return status == HttpStatusCode.OK;
    }

    private async Task LoadDirectoryAsync(CancellationToken ct)
    {
        Log($"importing {DemoOrganisation.Municipality}: departments, grades and {DemoOrganisation.Everyone.Count()} employees");
        await SendAsync(DemoOrganisation.PersonnelSystem, HttpMethod.Put, "/api/v1/organisation/grades",
            new { grades = DemoOrganisation.Grades.Select(g => new { code = g.Code, name = g.Name }) }, ct);
        await SendAsync(DemoOrganisation.PersonnelSystem, HttpMethod.Post, $"/api/v1/organisation/imports/departments?mode=Delta&asOf={DirectoryAsOf}",
            DemoOrganisation.Departments.Select(d => new
            {
                departmentCode = d.Code, name = d.Name, parentDepartmentCode = d.Parent, appointingAuthority = "Mayor", effectiveFrom = "2000-04-01",
            }), ct);

        // Heads first, then the staff: the staff's events come last in the outbox, so once the last of
        // them has reached the programme modules, so has every head.
        await ImportEmployeesAsync(DemoOrganisation.Leaders, ct);
        foreach (var department in DemoOrganisation.Departments)
        {
            await SendAsync(DemoOrganisation.PersonnelOfficer, HttpMethod.Put, $"/api/v1/organisation/departments/{department.Code}/head",
                new { employeeId = department.Head, effectiveFrom = DirectoryAsOf }, ct);
        }

        await ImportEmployeesAsync(DemoOrganisation.Staff, ct);
    }

    private async Task ImportEmployeesAsync(IEnumerable<DemoEmployee> employees, CancellationToken ct)
    {
        var report = await SendAsync(DemoOrganisation.PersonnelSystem, HttpMethod.Post, $"/api/v1/organisation/imports/employees?mode=Delta&asOf={DirectoryAsOf}",
            employees.Select(e => new
            {
                employeeId = e.EmployeeId, nameKanji = e.NameKanji, nameKana = e.NameKana, sex = e.Sex, gradeCode = e.Grade,
                employmentType = e.EmploymentType, appointingAuthority = "Mayor", departmentCode = e.Department, status = (string?)null,
                joinedOn = "2015-04-01", effectiveDate = (string?)null,
            }), ct);
        if (report.GetProperty("rejected").GetInt32() > 0)
        {
            throw new DemoLoadException($"the personnel import rejected rows: {report.GetProperty("rejections")}");
        }
    }

    /// <summary>The directory reaches the programme modules through the outbox relay: poll until the last employee has arrived.</summary>
    private async Task WaitForDirectoryAsync(CancellationToken ct)
    {
        var last = DemoOrganisation.Staff[^1].EmployeeId;
        var until = DateTime.UtcNow + (deliveryTimeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var (status, _) = await TryGetAsync(DemoOrganisation.WelfareOfficer, $"/api/v1/overtime/employees/{last}/limits?year={today.Year}&month={today.Month}", ct);
            if (status == HttpStatusCode.OK)
            {
                return;
            }

            if (DateTime.UtcNow > until)
            {
                throw new DemoLoadException("the directory did not reach the Overtime module in time (is the outbox relay running? Outbox__RelayEnabled)");
            }

            await waitForDelivery(ct);
        }
    }

    private async Task<string> LatestEmployeeImportAsync(CancellationToken ct)
    {
        var imports = await SendAsync(DemoOrganisation.PersonnelSystem, HttpMethod.Get, "/api/v1/organisation/imports", null, ct);
        return imports.GetProperty("items").EnumerateArray().First(i => i.GetProperty("kind").GetString() == "Employees").GetProperty("id").GetString()!;
    }

    // ---- Overtime: time cards of last month and this month so far, from the attendance system ----

    private async Task<string> LoadWorkingTimeAsync(CancellationToken ct)
    {
        var lines = new StringBuilder();
        foreach (var employee in DemoOrganisation.AtWork)
        {
            foreach (var day in WorkingDays(LastMonth, today.AddDays(-1)))
            {
                lines.Append(RecordLine(employee.EmployeeId, day)).Append('\n');
            }
        }

        var report = await SendRawAsync(DemoOrganisation.AttendanceSystem, HttpMethod.Post, "/api/v1/overtime/imports/records", lines.ToString(), Ndjson, ct);
        if (report.GetProperty("rejected").GetInt64() > 0)
        {
            throw new DemoLoadException($"the working-time import rejected lines: {report.GetProperty("rejections")}");
        }

        Fact($"working time: {report.GetProperty("accepted").GetInt64()} time-card records stored, {report.GetProperty("duplicates").GetInt64()} already there " +
             $"({LastMonth:yyyy-MM} and {today:yyyy-MM} up to yesterday)");
        return report.GetProperty("id").GetString()!;
    }

    /// <summary>A time card for the single-record endpoint, which names the employee in its path.</summary>
    private static string SingleRecord(string employeeId, DateOnly day)
    {
        var record = System.Text.Json.Nodes.JsonNode.Parse(RecordLine(employeeId, day))!.AsObject();
        record.Remove("employeeId");
        return record.ToJsonString(Readable);
    }

    internal static string RecordLine(string employeeId, DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 30)), JapanOffset);
        var end = start.AddHours(8).AddMinutes(45 + DemoOrganisation.DailyOvertimeMinutes(employeeId));
        return JsonSerializer.Serialize(new
        {
            employeeId,
            source = "TimeCard",
            externalId = $"demo-{employeeId}-{day:yyyyMMdd}",
            workDate = Iso(day),
            startedAt = start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            endedAt = end.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        }, Readable);
    }

    private static IEnumerable<DateOnly> WorkingDays(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                yield return day;
            }
        }
    }

    private async Task CloseLastMonthAsync(CancellationToken ct)
    {
        var (status, close) = await SendForAsync(DemoOrganisation.WelfareOfficer, HttpMethod.Post, "/api/v1/overtime/month-closes",
            new { year = LastMonth.Year, month = LastMonth.Month }, [HttpStatusCode.OK, HttpStatusCode.Conflict], ct);
        Fact(status == HttpStatusCode.OK
            ? $"overtime: {LastMonth:yyyy-MM} closed; {close.GetProperty("overALimit").GetInt32()} employees over a limit, {close.GetProperty("analysesOpened").GetInt32()} excess analyses opened"
            : $"overtime: {LastMonth:yyyy-MM} was already closed");
    }

    // ---- StressCheck: this fiscal year's campaign, open, with submissions ----

    private async Task<string> StressCheckAsync(CancellationToken ct)
    {
        var campaigns = await SendAsync(DemoOrganisation.WelfareOfficer, HttpMethod.Get, "/api/v1/stress-check/campaigns", null, ct);
        var existing = campaigns.GetProperty("items").EnumerateArray().FirstOrDefault(c =>
            c.GetProperty("committeeDecisionReference").GetString() == DemoOrganisation.CampaignReference && c.GetProperty("fiscalYear").GetInt32() == FiscalYear);
        string id;
        if (existing.ValueKind == JsonValueKind.Undefined)
        {
            var created = await SendAsync(DemoOrganisation.WelfareOfficer, HttpMethod.Post, "/api/v1/stress-check/campaigns", new
            {
                fiscalYear = FiscalYear,
                opensOn = Iso(today),
                closesOn = Iso(today.AddDays(30)),
                criteria = new { method = "Sum", stressReaction = 77, factorsAndSupport = 76, stressReactionWithFactors = 63 },
                consentScope = "FullResult",
                committeeDecisionReference = DemoOrganisation.CampaignReference,
            }, ct);
            id = created.GetProperty("id").GetString()!;
            var campaign = $"/api/v1/stress-check/campaigns/{id}";
            await ChangeAsync(DemoOrganisation.WelfareOfficer, HttpMethod.Put, $"{campaign}/implementers",
                Json(new { physicians = new[] { DemoOrganisation.Physician.EmployeeId } }), campaign, ct);
            await ChangeAsync(DemoOrganisation.WelfareOfficer, HttpMethod.Post, $"{campaign}/open", null, campaign, ct);
        }
        else
        {
            id = existing.GetProperty("id").GetString()!;
        }

        // Two in three at work have answered; the demo employee has read their result and consented.
        var submitted = 0;
        foreach (var (employee, index) in DemoOrganisation.AtWork.Select((e, i) => (e, i)).Where(x => x.i % 3 != 2))
        {
            var user = AsUser(employee);
            var (status, _) = await TryGetAsync(user, $"/api/v1/stress-check/campaigns/{id}/my/result", ct);
            if (status == HttpStatusCode.OK)
            {
                continue;
            }

            var answers = Enumerable.Range(0, 57).Select(q => 1 + ((q * 7) + index) % 4).ToArray();
            if (employee.EmployeeId == DemoOrganisation.Employee.EmployeeId)
            {
                answers = Enumerable.Range(0, 57).Select(q => q % 5 == 0 ? 3 : 4).ToArray(); // answers of someone under strain
            }

            await SendAsync(user, HttpMethod.Post, $"/api/v1/stress-check/campaigns/{id}/my/submissions", new { answers }, ct);
            submitted++;
        }

        await SendAsync(DemoOrganisation.Employee, HttpMethod.Get, $"/api/v1/stress-check/campaigns/{id}/my/result", null, ct);
        await SendForAsync(DemoOrganisation.Employee, HttpMethod.Put, $"/api/v1/stress-check/campaigns/{id}/my/consent", new { scope = "FullResult" },
            [HttpStatusCode.OK, HttpStatusCode.Conflict], ct);
        Fact($"stress check: campaign {id} (fiscal year {FiscalYear}) open until {Iso(today.AddDays(30))}; {submitted} submissions made now; " +
             $"{DemoOrganisation.Employee.EmployeeId} read the result and consented to share it");
        return id;
    }

    // ---- PeerSupport: a workplace of 総務課 with a supporter, who has recorded two consultations ----

    private async Task<string> PeerSupportAsync(CancellationToken ct)
    {
        const string Base = "/api/v1/peer-support";
        var head = DemoOrganisation.DepartmentHead;
        var supporter = DemoOrganisation.PeerSupporter;
        var workplaces = await SendAsync(head, HttpMethod.Get, $"{Base}/departments/D100/workplaces", null, ct);
        var workplace = workplaces.GetProperty("items").EnumerateArray().FirstOrDefault();
        var workplaceId = workplace.ValueKind == JsonValueKind.Undefined
            ? (await SendAsync(head, HttpMethod.Post, $"{Base}/departments/D100/workplaces", new { name = "本庁舎2階 総務課執務室" }, ct)).GetProperty("id").GetString()!
            : workplace.GetProperty("id").GetString()!;
        var supporters = await SendAsync(head, HttpMethod.Get, $"{Base}/departments/D100/supporters", null, ct);
        if (!supporters.GetProperty("items").EnumerateArray().Any(s => s.GetProperty("employeeId").GetString() == supporter.EmployeeId && IsNull(s, "releasedOn")))
        {
            await SendAsync(head, HttpMethod.Post, $"{Base}/workplaces/{workplaceId}/supporters", new { employeeId = supporter.EmployeeId, contact = "内線 1102（架空）" }, ct);
        }

        var recorded = await SendAsync(supporter, HttpMethod.Get, $"{Base}/consultations/recorded", null, ct);
        var first = recorded.GetProperty("items").EnumerateArray().FirstOrDefault(c => c.GetProperty("subjectEmployeeId").GetString() == DemoOrganisation.Employee.EmployeeId);
        string id;
        if (first.ValueKind == JsonValueKind.Undefined)
        {
            id = (await SendAsync(supporter, HttpMethod.Post, $"{Base}/consultations", new
            {
                subjectKind = "Employee", subjectEmployeeId = DemoOrganisation.Employee.EmployeeId, channel = "Outreach", category = "WorkingEnvironment",
                openedOn = Iso(today.AddDays(-3)), content = "（デモ用の架空の相談）残業が続き、疲れが抜けないとのこと。",
            }, ct)).GetProperty("id").GetString()!;
            await SendAsync(supporter, HttpMethod.Post, $"{Base}/consultations", new
            {
                subjectKind = "Employee", subjectEmployeeId = DemoOrganisation.ConsultationSubject2, channel = "Request", category = "Childcare",
                openedOn = Iso(today.AddDays(-10)), content = "（デモ用の架空の相談）保育園の送迎と勤務時間の両立について。",
            }, ct);
        }
        else
        {
            id = first.GetProperty("id").GetString()!;
        }

        // The head may not read it; the refusal is audited, which the auditor's demo shows.
        await SendForAsync(head, HttpMethod.Get, $"{Base}/consultations/{id}", null, [HttpStatusCode.NotFound], ct);
        Fact($"peer support: supporter {supporter.EmployeeId} of 総務課 recorded consultations with {DemoOrganisation.Employee.EmployeeId} ({id}) and {DemoOrganisation.ConsultationSubject2}");
        return id;
    }

    // ---- ReturnToWork: a pre-return of 総務課 reviewed by the physician, awaiting the director's decision ----

    private async Task<string> ReturnToWorkAsync(CancellationToken ct)
    {
        const string Base = "/api/v1/return-to-work";
        var head = DemoOrganisation.DepartmentHead;
        var participant = DemoOrganisation.PreReturnParticipant;
        var physician = DemoOrganisation.Physician;
        var cases = await SendAsync(head, HttpMethod.Get, $"{Base}/pre-returns", null, ct);
        var existing = cases.GetProperty("items").EnumerateArray().FirstOrDefault(c => c.GetProperty("employeeId").GetString() == participant.EmployeeId);
        string id;
        if (existing.ValueKind != JsonValueKind.Undefined)
        {
            id = existing.GetProperty("id").GetString()!;
        }
        else
        {
            var leave = await SendAsync(head, HttpMethod.Get, $"{Base}/employees/{participant.EmployeeId}/leave-cases", null, ct);
            if (leave.GetProperty("totalCount").GetInt64() == 0)
            {
                await SendAsync(DemoOrganisation.PersonnelSystem, HttpMethod.Post, $"{Base}/leave-cases", new
                {
                    employeeId = participant.EmployeeId, kind = "LongSickLeave", startedOn = Iso(today.AddDays(-75)), expectedEndOn = Iso(today.AddDays(45)),
                    endedOn = (string?)null, reference = "DEMO-L-0007",
                }, ct);
            }

            id = (await SendAsync(head, HttpMethod.Post, $"{Base}/pre-returns", new { employeeId = participant.EmployeeId }, ct)).GetProperty("id").GetString()!;
            var preReturn = $"{Base}/pre-returns/{id}";
            await ChangeAsync(head, HttpMethod.Post, $"{preReturn}/briefing", Json(new
            {
                points = new[] { "Voluntary", "NotAPushToReturn", "AttendingPhysicianJudgementNeeded", "ConsultBeforeCertificate" }, explainedOn = Iso(today.AddDays(-14)),
            }), preReturn, ct);
            await ChangeAsync(physician, HttpMethod.Post, $"{preReturn}/briefing", Json(new
            {
                points = new[] { "MayNotStartOrMayStop", "NoPayBeyondLeavePay", "AccidentInsuranceNotPublicCompensation" }, explainedOn = Iso(today.AddDays(-14)),
            }), preReturn, ct);
            var certificate = new ByteArrayContent([.. "%PDF-1.4\n% demo certificate (synthetic)\n"u8.ToArray(), .. new byte[64]]);
            certificate.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            await ChangeAsync(participant, HttpMethod.Put, $"{preReturn}/certificate", certificate, preReturn, ct);
            await ChangeAsync(participant, HttpMethod.Post, $"{preReturn}/application", Json(new
            {
                attendingPhysicianName = "主治 医師（架空）", attendingPhysicianInstitution = "みなと架空クリニック", wishedStartOn = Iso(today.AddDays(7)),
                consentToConditions = true, familyName = "見本 家族（架空）", familyRelationship = "spouse", noFamily = false,
            }), preReturn, ct);
            await ChangeAsync(head, HttpMethod.Put, $"{preReturn}/plan", Json(new
            {
                startOn = Iso(today.AddDays(7)), weeks = (int?)null, placeDepartmentCode = (string?)null, placeChangeReason = (string?)null,
                placeChangeExplanation = (string?)null, tasks = new[] { "CollectingAndOrganisingMaterial", "PcDataEntry" },
                taskDetails = "資料整理とデータ入力（架空）", schedule = (object[]?)null, considerations = "時間外勤務なし、窓口対応なし",
            }), preReturn, ct);
            await ChangeAsync(physician, HttpMethod.Put, $"{preReturn}/review", Json(new
            {
                interviewedOn = Iso(today), feasible = true, planAppropriate = true, opinion = "段階的な試し出勤が可能（デモ用の架空の意見）",
            }), preReturn, ct);
        }

        var status = (await SendAsync(head, HttpMethod.Get, $"{Base}/pre-returns/{id}", null, ct)).GetProperty("status").GetString();
        Fact($"return to work: pre-return {id} of {participant.EmployeeId} (総務課, on long sick leave) is {status}: the program director decides next");
        return id;
    }

    // ---- Harassment: two counsellors, and a complaint brought by a supervisor, in intake ----

    private async Task<string> HarassmentAsync(CancellationToken ct)
    {
        const string Base = "/api/v1/harassment";
        var counselors = await SendAsync(DemoOrganisation.WelfareOfficer, HttpMethod.Get, $"{Base}/counselors", null, ct);
        foreach (var id in new[] { DemoOrganisation.HarassmentCounselor.EmployeeId, DemoOrganisation.SecondCounselor })
        {
            if (!counselors.GetProperty("items").EnumerateArray().Any(c => c.GetProperty("employeeId").GetString() == id && c.GetProperty("active").GetBoolean()))
            {
                var sex = DemoOrganisation.Everyone.Single(e => e.EmployeeId == id).Sex;
                await SendAsync(DemoOrganisation.WelfareOfficer, HttpMethod.Post, $"{Base}/counselors", new { employeeId = id, sex }, ct);
            }
        }

        var counselor = DemoOrganisation.HarassmentCounselor;
        var mine = await SendAsync(counselor, HttpMethod.Get, $"{Base}/complaints", null, ct);
        var existing = mine.GetProperty("items").EnumerateArray().FirstOrDefault();
        string complaint;
        if (existing.ValueKind != JsonValueKind.Undefined)
        {
            complaint = existing.GetProperty("id").GetString()!;
        }
        else
        {
            complaint = (await SendAsync(counselor, HttpMethod.Post, $"{Base}/complaints", new
            {
                source = "SupervisorConsulted", complainantId = DemoOrganisation.Supervisor.EmployeeId, personHarassedId = DemoOrganisation.ComplaintPersonHarassed,
                respondentId = DemoOrganisation.ComplaintRespondent, kinds = new[] { new { kind = "PowerHarassment" } },
                counselorIds = new[] { counselor.EmployeeId, DemoOrganisation.SecondCounselor },
            }, ct)).GetProperty("id").GetString()!;
            await ChangeAsync(counselor, HttpMethod.Post, $"{Base}/complaints/{complaint}/intake", Json(new
            {
                wantsFutureConductStopped = true, wantsRemedyForPastConduct = false, wishNote = (string?)null, urgency = "Moderate",
                complainantState = "（架空）部下が朝の打合せを怖がっている。", relationship = "（架空）行為者は同じ係の先輩職員。",
                whenOccurred = "（架空）先月から週に数回。", whereOccurred = "（架空）総務課の朝の打合せ。",
                howOccurred = "（架空）同僚の前で繰り返し強い口調で叱責する。", complainantResponse = "（架空）監督者に相談した。",
                supervisorConsulted = true, supervisorConsultationNote = "（架空）監督者が相談窓口に連絡。", knownOnlyToParties = false, witnesses = "（架空）同じ係の職員",
            }), $"{Base}/complaints/{complaint}", ct);
        }

        Fact($"harassment: complaint {complaint} brought by supervisor {DemoOrganisation.Supervisor.EmployeeId}, counsellors {counselor.EmployeeId} and {DemoOrganisation.SecondCounselor}, intake recorded and awaiting the complainant's confirmation");
        return complaint;
    }

    // ---- What each demo user can try ----

    private List<DemoGuide> Guides(string campaign, string consultation, string preReturn, string complaint, string recordImport, string employeeImport)
    {
        var month = $"year={LastMonth.Year}&month={LastMonth.Month}";
        var me = DemoOrganisation.Employee.EmployeeId;
        var participant = DemoOrganisation.PreReturnParticipant.EmployeeId;
        return
        [
            new(DemoOrganisation.Employee,
            [
                new("GET", $"/api/v1/stress-check/campaigns/{campaign}/my/result", "your stress-check result (high stress, with the interview offer)", "\"highStress\":true"),
                new("GET", $"/api/v1/overtime/me/limits?{month}", $"your overtime of {LastMonth:yyyy-MM}: over the 45-hour month limit", "\"anyExceeded\":true"),
                new("GET", "/api/v1/peer-support/my/consultations", "the peer-support consultation about you (open it with GET /consultations/{id})", consultation),
            ]),
            new(DemoOrganisation.DepartmentHead,
            [
                new("GET", $"/api/v1/overtime/limits?{month}&department=D100", "総務課's overtime against the limits, one row per employee", me),
                new("GET", "/api/v1/overtime/excess-analyses?department=D100", $"excess analyses to fill in for {LastMonth:yyyy-MM} (then PUT …/analysis, with the analysis's ETag as If-Match)", me),
                new("GET", $"/api/v1/return-to-work/pre-returns/{preReturn}", $"the pre-return of {participant}: plan and physician's review", preReturn),
            ]),
            new(DemoOrganisation.Supervisor,
            [
                new("GET", "/api/v1/harassment/me/complaints", "the complaint you brought for a member of your staff", complaint),
                new("GET", $"/api/v1/harassment/complaints/{complaint}", "its intake record, waiting for your confirmation (POST …/intake/confirmation, with its ETag as If-Match)", "\"Intake\""),
                new("GET", "/api/v1/organisation/me", "your own directory entry (総務課, 係長)", "D100"),
            ]),
            new(DemoOrganisation.WelfareOfficer,
            [
                new("GET", $"/api/v1/stress-check/campaigns/{campaign}/participants?taken=false", "who has not taken the stress check yet (then POST …/reminders)", "\"employeeId\""),
                new("GET", $"/api/v1/overtime/limits?{month}&exceeded=true", $"everyone over a limit in {LastMonth:yyyy-MM}", me),
                new("GET", $"/api/v1/stress-check/campaigns/{campaign}/results", "results shared with consent", me),
            ]),
            new(DemoOrganisation.PersonnelOfficer,
            [
                new("GET", "/api/v1/organisation/employees?department=D100", "the staff of 総務課 (invented names)", "見本"),
                new("GET", "/api/v1/overtime/excess-analyses", "excess analyses of the organisation (countermeasures are yours)", me),
                new("GET", "/api/v1/organisation/departments/D100", "総務課 with the head you named", DemoOrganisation.DepartmentHead.EmployeeId),
            ]),
            new(DemoOrganisation.Physician,
            [
                new("GET", $"/api/v1/stress-check/campaigns/{campaign}/results?highStress=true", "high-stress results of the campaign you implement", me),
                new("GET", $"/api/v1/stress-check/campaigns/{campaign}/results/{me}", $"{me}'s result (then POST …/interviews/{me}/recommendation)", "\"scales\""),
                new("GET", $"/api/v1/return-to-work/pre-returns/{preReturn}", "the pre-return you reviewed", preReturn),
            ]),
            new(DemoOrganisation.ProgramDirector,
            [
                new("GET", "/api/v1/return-to-work/pre-returns?status=Reviewed", "pre-returns waiting for your decision", preReturn),
                new("GET", $"/api/v1/return-to-work/pre-returns/{preReturn}", "the case with the plan and the physician's review", "\"Reviewed\""),
                new("GET", $"/api/v1/return-to-work/pre-returns/{preReturn}/forms/plan?format=html", "the plan as Form 3 (then POST …/decision, with the case's ETag as If-Match)", "資料整理とデータ入力"),
            ]),
            new(DemoOrganisation.Auditor,
            [
                new("GET", $"/api/v1/audit?recordId={consultation}", "every read of a consultation, allowed and refused (ids only, never content)", "Denied"),
                new("GET", $"/api/v1/audit?actorId={DemoOrganisation.DepartmentHead.EmployeeId}&outcome=Denied", "the head's refused reads", consultation),
                new("GET", $"/api/v1/audit?recordId={preReturn}", "who read the pre-return", preReturn),
            ]),
            new(DemoOrganisation.PeerSupporter,
            [
                new("GET", "/api/v1/peer-support/consultations/recorded", "the consultations you recorded", consultation),
                new("GET", $"/api/v1/peer-support/consultations/{consultation}", "one of them, with its content", "WorkingEnvironment"),
                new("GET", "/api/v1/peer-support/departments/D100/supporters", "the supporters of your department", DemoOrganisation.PeerSupporter.EmployeeId),
            ]),
            new(DemoOrganisation.HarassmentCounselor,
            [
                new("GET", "/api/v1/harassment/complaints?status=Intake", "your cases in intake", complaint),
                new("GET", $"/api/v1/harassment/complaints/{complaint}", "the complaint with its intake record", DemoOrganisation.ComplaintRespondent),
                new("GET", "/api/v1/organisation/me", "your entry: a counsellor is designated staff of 職員厚生課, not a role", "D900"),
            ]),
            new(DemoOrganisation.PreReturnParticipant,
            [
                new("GET", $"/api/v1/return-to-work/pre-returns/{preReturn}", "your pre-return: briefing, application, plan", preReturn),
                new("GET", $"/api/v1/return-to-work/employees/{participant}/leave-cases", "your leave", "LongSickLeave"),
                new("GET", $"/api/v1/return-to-work/pre-returns/{preReturn}/certificate", "the certificate you uploaded", "%PDF"),
            ]),
            new(DemoOrganisation.PersonnelSystem,
            [
                new("GET", "/api/v1/organisation/imports", "the imports that built the demo directory", employeeImport),
                new("GET", $"/api/v1/organisation/imports/{employeeImport}", "the last employee import's report", "\"Employees\""),
                new("GET", $"/api/v1/return-to-work/employees/{participant}/leave-cases", "the leave you recorded for the pre-return participant", "LongSickLeave"),
            ]),
            new(DemoOrganisation.AttendanceSystem,
            [
                new("GET", $"/api/v1/overtime/imports/records/{recordImport}", "the last working-time import's report", recordImport),
                new("POST", "/api/v1/overtime/imports/records", "send one stored time card again (body as application/x-ndjson): reported as a duplicate, stored once",
                    "\"duplicates\":1", RecordLine(me, WorkingDays(LastMonth, LastMonth.AddMonths(1)).First()), Ndjson),
                new("POST", $"/api/v1/overtime/employees/{me}/records", "send one stored time card again, on its own: answered 200 with the stored record, not a second one",
                    $"demo-{me}-", SingleRecord(me, WorkingDays(LastMonth, LastMonth.AddMonths(1)).First()), "application/json"),
            ]),
        ];
    }

    // ---- HTTP ----

    private static DemoUser AsUser(DemoEmployee employee) =>
        DemoOrganisation.Users.FirstOrDefault(u => u.EmployeeId == employee.EmployeeId) ?? new DemoUser(employee.EmployeeId, employee.EmployeeId, employee.Department);

    private HttpClient Client(DemoUser user)
    {
        if (!_clients.TryGetValue(user, out var client))
        {
            client = clientFor(user);
            _clients[user] = client;
        }

        return client;
    }

    private async Task<JsonElement> SendAsync(DemoUser user, HttpMethod method, string path, object? body, CancellationToken ct) =>
        (await SendForAsync(user, method, path, body, [HttpStatusCode.OK, HttpStatusCode.Created], ct)).Body;

    /// <summary>
    /// A change of a record several people edit, made as a front end makes it: read the record for its ETag, then
    /// send the change with it as If-Match (docs/adr/0011).
    /// </summary>
    private async Task<JsonElement> ChangeAsync(DemoUser user, HttpMethod method, string path, HttpContent? content, string record, CancellationToken ct)
    {
        System.Net.Http.Headers.EntityTagHeaderValue tag;
        using (var read = await Client(user).GetAsync(record, ct))
        {
            tag = read.StatusCode == HttpStatusCode.OK && read.Headers.ETag is { } found
                ? found
                : throw new DemoLoadException($"GET {record} answered {(int)read.StatusCode} without an ETag");
        }

        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.IfMatch.Add(tag);
        return (await CheckAsync(await Client(user).SendAsync(request, ct), [HttpStatusCode.OK, HttpStatusCode.Created], ct)).Body;
    }

    private static JsonContent Json(object body) => JsonContent.Create(body);

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendForAsync(
        DemoUser user, HttpMethod method, string path, object? body, HttpStatusCode[] accepted, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await CheckAsync(await Client(user).SendAsync(request, ct), accepted, ct);
    }

    private async Task<JsonElement> SendRawAsync(DemoUser user, HttpMethod method, string path, string body, string contentType, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        return (await CheckAsync(await Client(user).SendAsync(request, ct), [HttpStatusCode.OK, HttpStatusCode.Created], ct)).Body;
    }

    private async Task<(HttpStatusCode, string)> TryGetAsync(DemoUser user, string path, CancellationToken ct)
    {
        using var response = await Client(user).GetAsync(path, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> CheckAsync(HttpResponseMessage response, HttpStatusCode[] accepted, CancellationToken ct)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!accepted.Contains(response.StatusCode))
            {
                throw new DemoLoadException(
                    $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {text}");
            }

            var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0
                ? JsonDocument.Parse(text).RootElement.Clone()
                : default;
            return (response.StatusCode, json);
        }
    }

    private static bool IsNull(JsonElement element, string property) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Fact(string fact)
    {
        _facts.Add(fact);
        Log(fact);
    }

    private void Log(string message) => log?.Invoke(message);
}
