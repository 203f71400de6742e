using Welfare.SharedKernel;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// Overtime: E1001's working time, limits, caps and orders are theirs and the head of D100's; February 2026
/// (before the shared clock's start) holds 260 h of work for E1001, so its evaluation opens a long-hours
/// interview (scheduled with physician PA) and closing it opens an excess analysis for D100.
/// </summary>
public sealed partial class ObjectLevelTests
{
    internal const string Overtime = "/api/v1/overtime";

    private static IEnumerable<ObjectCase> OvertimeCases =>
    [
        Case("GetWorkSchedule", "E1001's schedule", HeadD100, HeadD200, NoRecordAsync, Get($"{Overtime}/employees/E1001/schedule")),
        Case("SetWorkSchedule", "E1001's schedule", HeadD100, HeadD200, NoRecordAsync,
            Post($"{Overtime}/employees/E1001/schedule", _ => new { from = Day(Today.AddDays(1)), start = "09:00:00", end = "17:45:00", breakStart = "12:00:00", breakEnd = "13:00:00" })),
        // Function-level, not object-level: an employee never reports anyone's time but their own (403 whoever is named).
        Case("RecordWorkingTime", "E1001's working time (self-report)", Self, Colleague, NoRecordAsync,
            Post($"{Overtime}/employees/E1001/records", _ => new
            {
                source = "SelfReport", externalId = (string?)null, workDate = Day(Today), startedAt = Jst(Today, 8, 30), endedAt = Jst(Today, 18, 0),
            }), expected: 403),
        Case("GetWorkingDays", "E1001's working days", HeadD100, HeadD200, LongHoursAsync, Get($"{Overtime}/employees/E1001/days?from=2026-02-01&to=2026-02-28")),
        Case("CorrectWorkingDay", "E1001's working day", HeadD100, HeadD200, LongHoursAsync,
            Post($"{Overtime}/employees/E1001/days/2026-02-02/correction", new { startedAt = "2026-02-02T08:30:00+09:00", endedAt = "2026-02-02T17:15:00+09:00", reason = "打刻漏れの補正" })),
        Case("CancelOvertimeOrder", "order for E1001", HeadD100, HeadD200, OrderAsync, Post($"{Overtime}/orders/{{order}}/cancel")),
        Case("GetOvertimeOrders", "D100's orders", HeadD100, HeadD200, OrderAsync, Get($"{Overtime}/departments/D100/orders?from={{from}}&to={{to}}")),
        Case("GetWorkingTimeDiscrepancies", "D100's discrepancies", HeadD100, HeadD200, LongHoursAsync,
            Get($"{Overtime}/departments/D100/discrepancies?from=2026-02-01&to=2026-02-28")),
        Case("GetEmployeeOvertimeLimits", "E1001's limits", HeadD100, HeadD200, LongHoursAsync, Get($"{Overtime}/employees/E1001/limits?year=2026&month=2")),
        Case("GetExcessAnalysis", "D100's excess analysis", HeadD100, HeadD200, ExcessAnalysisAsync, Get($"{Overtime}/excess-analyses/{{analysis}}")),
        Case("GetExcessAnalysisSheet", "D100's excess analysis", HeadD100, HeadD200, ExcessAnalysisAsync, Get($"{Overtime}/excess-analyses/{{analysis}}/sheet")),
        Case("RecordExcessAnalysis", "D100's excess analysis", HeadD100, HeadD200, ExcessAnalysisAsync,
            Put($"{Overtime}/excess-analyses/{{analysis}}/analysis", new { workSummary = "選挙事務（架空）", whyUnavoidable = "応援不可", analysis = "分担見直し" })),
        Case("GetRestIntervalFindings", "D100's rest-interval findings", HeadD100, HeadD200, LongHoursAsync,
            Get($"{Overtime}/departments/D100/rest-interval?from=2026-02-01&to=2026-02-28")),
        Case("GetLateWorkReport", "D100's late-work report", HeadD100, HeadD200, LongHoursAsync, Get($"{Overtime}/departments/D100/late-work-report?date=2026-02-02")),
        Case("GrantRestIntervalExemption", "E1001's rest interval", HeadD100, HeadD200, NoRecordAsync,
            Post($"{Overtime}/employees/E1001/rest-interval-exemptions", _ => new { workDate = Day(Today), kind = "BusinessNecessity", reason = "災害対応（架空）" })),
        Case("GetLongHoursInterview", "E1001's long-hours interview", HeadD100, HeadD200, LongHoursAsync, Get($"{Overtime}/interviews/{{interview}}")),
        Case("GetLongHoursInterview", "interview scheduled with PA", PhysicianA, PhysicianB, ScheduledInterviewAsync, Get($"{Overtime}/interviews/{{interview}}")),
        Case("GetLongHoursInterview", "own long-hours interview (E1001)", Self, Colleague, LongHoursAsync, Get($"{Overtime}/interviews/{{interview}}")),
        Case("GetEmployeeOvertimeLimits", "own limits (E1001)", Self, Colleague, LongHoursAsync, Get($"{Overtime}/employees/E1001/limits?year=2026&month=2")),
        Case("GetWorkingDays", "own working days (E1001)", Self, Colleague, LongHoursAsync, Get($"{Overtime}/employees/E1001/days?from=2026-02-01&to=2026-02-28")),
        Case("GetPersonalCaps", "own personal caps (E1001)", Self, Colleague, NoRecordAsync, Get($"{Overtime}/employees/E1001/caps")),
        Case("RecordLongHoursInterviewOpinion", "interview scheduled with PA", PhysicianA, PhysicianB, ScheduledInterviewAsync,
            Put($"{Overtime}/interviews/{{interview}}/opinion", _ => new
            {
                heldOn = Day(Today), changeOfPlace = false, changeOfDuties = false, leave = false, shorterHours = true, fewerNightShifts = false,
                overtimeCapHours = (double?)null, overtimeForbidden = true, measuresFrom = Day(Today.AddDays(1)), measuresTo = (string?)null,
                noMeasuresNeeded = false, nextInterviewUnnecessary = true, note = "架空の所見",
            })),
        Case("RequestLongHoursInterview", "own long-hours interview (E1001)", Self, Colleague, LongHoursAsync, Post($"{Overtime}/me/interviews/{{interview}}/request")),
        Case("GetPersonalCaps", "E1001's personal caps", HeadD100, HeadD200, NoRecordAsync, Get($"{Overtime}/employees/E1001/caps")),
        RoleWide("GetWorkingTimeImport", "an import report is the attendance system's and the scheme's officers' for every employee; it holds counts and line numbers only"),
        RoleWide("DesignateOtherDrivenDepartment", "department kinds are set by the welfare or personnel officer for the whole employer (policy scheme-administrator)"),
        RoleWide("EndOtherDrivenDesignation", "department kinds are set by the welfare or personnel officer for the whole employer (policy scheme-administrator)"),
        RoleWide("RecordExcessCountermeasures", "countermeasures are the personnel officer's for every department (policy personnel-officer; seed 002 ⑤)"),
        RoleWide("RecommendLongHoursInterview", "the welfare officer runs every long-hours interview case (policy welfare-officer)"),
        RoleWide("ScheduleLongHoursInterview", "the welfare officer runs every long-hours interview case (policy welfare-officer)"),
        RoleWide("RecordLongHoursInterviewNotHeld", "the welfare officer runs every long-hours interview case (policy welfare-officer)"),
        NotSecret("SetHoliday", "a holiday is a day of the employer's calendar, public to every caller (GET /holidays)"),
        NotSecret("RemoveHoliday", "a holiday is a day of the employer's calendar, public to every caller (GET /holidays)"),
    ];

    internal static string Jst(DateOnly day, int hour, int minute) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), JapanTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz");

    internal static async Task<Dictionary<string, string>> OrderAsync()
    {
        var day = Today.AddDays(7);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        var order = await OkAsync(HeadD100, "POST", $"{Overtime}/orders", new
        {
            employeeId = "E1001", workDate = Day(day), plannedStart = "17:15", plannedEnd = "18:15", reason = "議会答弁資料の作成", specialBusiness = (string?)null,
        });
        return Ids(("order", order.GetProperty("id").GetGuid()), ("from", Day(day)), ("to", Day(day)));
    }

    /// <summary>260 h of time-card work of E1001 in February 2026 (as the attendance feed stores it), evaluated: a mandatory interview case.</summary>
    internal static async Task<Dictionary<string, string>> LongHoursAsync()
    {
        var days = Enumerable.Range(1, 28).Select(d => new DateOnly(2026, 2, d))
            .OrderBy(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1).ThenBy(d => d).ToList();
        var minutes = 15600;
        var values = new List<string>();
        foreach (var day in days.TakeWhile(_ => minutes > 0))
        {
            var span = Math.Min(minutes, 20 * 60);
            minutes -= span;
            var start = $"{day:yyyy-MM-dd} 13:00+09";
            values.Add($"('E1001', 'TimeCard', 'E1001-{day:yyyyMMdd}', '{day:yyyy-MM-dd}', '{start}', timestamptz '{start}' + interval '{span} minutes', 'attendance-system', now())");
        }

        await ExecuteAsync($"""
            INSERT INTO overtime.working_time_records (employee_id, source, external_id, work_date, started_at, ended_at, recorded_by, recorded_at)
            VALUES {string.Join(",\n", values)}
            """);
        await OkAsync(WelfareOfficer, "POST", $"{Overtime}/interviews/evaluations", new { year = 2026, month = 2 });
        var cases = await OkAsync(WelfareOfficer, "GET", $"{Overtime}/interviews?year=2026&month=2&pageSize=200");
        return Ids(("interview", Items(cases).Single(c => c.GetProperty("employeeId").GetString() == "E1001").GetProperty("id").GetGuid()));
    }

    internal static async Task<Dictionary<string, string>> ScheduledInterviewAsync()
    {
        var ids = await LongHoursAsync();
        await OkAsync(WelfareOfficer, "PUT", $"{Overtime}/interviews/{ids["interview"]}/schedule", new { physicianId = PhysicianA.Subject, scheduledOn = Day(Today) });
        return ids;
    }

    internal static async Task<Dictionary<string, string>> ExcessAnalysisAsync()
    {
        var ids = await LongHoursAsync();
        await OkAsync(WelfareOfficer, "POST", $"{Overtime}/month-closes", new { year = 2026, month = 2 });
        var analyses = await OkAsync(HeadD100, "GET", $"{Overtime}/excess-analyses?department=D100");
        ids["analysis"] = Items(analyses).First().GetProperty("id").GetGuid().ToString();
        return ids;
    }

    [Test]
    public async Task Overtime_lists_hold_only_the_callers_department()
    {
        await SeedAsync();
        await ExcessAnalysisAsync();

        var head = await OkAsync(HeadD100, "GET", $"{Overtime}/interviews");
        var otherHead = await OkAsync(HeadD200, "GET", $"{Overtime}/interviews");
        var analyses = await OkAsync(HeadD100, "GET", $"{Overtime}/excess-analyses?department=D100");
        var otherAnalyses = await ClientOf(HeadD200).GetAsync($"{Overtime}/excess-analyses?department=D100");
        var own = await OkAsync(Self, "GET", $"{Overtime}/me/interviews");
        var colleague = await OkAsync(Colleague, "GET", $"{Overtime}/me/interviews");
        var limits = await OkAsync(HeadD100, "GET", $"{Overtime}/limits?year=2026&month=2&department=D100");
        var otherLimits = await ClientOf(HeadD200).GetAsync($"{Overtime}/limits?year=2026&month=2&department=D100");

        Assert.That(Items(head).Select(i => i.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E1001" }));
        Assert.That(Items(otherHead), Is.Empty, "the head of D200 sees no interview of D100's staff");
        Assert.That(Items(analyses), Is.Not.Empty);
        Assert.That((int)otherAnalyses.StatusCode, Is.EqualTo(404), "another department's analyses are not listed");
        Assert.That(Items(own).Count(), Is.EqualTo(1));
        Assert.That(Items(colleague), Is.Empty);
        var limited = Items(limits).Select(i => i.GetProperty("employeeId").GetString()).ToList();
        Assert.That(limited, Does.Contain("E1001"));
        Assert.That(limited, Is.SubsetOf(new[] { "E1001", "E1002", "E1003", "R1001", "H100" }), "a head's limits page lists their department only");
        Assert.That((int)otherLimits.StatusCode, Is.EqualTo(404));
    }
}
