using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

public sealed class WorkingTimeTests : OvertimeTest
{
    private static async Task<JsonElement> DayAsync(HttpClient client, string employeeId, DateOnly day)
    {
        var days = await client.GetFromJsonAsync<JsonElement>($"/api/v1/overtime/employees/{employeeId}/days?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        Assert.That(days.GetArrayLength(), Is.EqualTo(1));
        return days[0];
    }

    [Test]
    public async Task Overtime_of_a_working_day_is_the_time_outside_the_schedule_and_of_a_day_off_all_of_it()
    {
        var weekday = Weekday(2);
        var saturday = WeekendDays(MonthStart).First(d => d.DayOfWeek == DayOfWeek.Saturday);

        var created = await RecordAsync("E7000", weekday, "08:00", "19:15");
        await RecordAsync("E7000", saturday, "10:00", "15:00");
        var worked = await DayAsync(Employee("E7000"), "E7000", weekday);
        var off = await DayAsync(Employee("E7000"), "E7000", saturday);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(worked.GetProperty("overtimeHours").GetDouble(), Is.EqualTo(2.5), "30 min before 8:30 and 2 h after 17:15");
        Assert.That(worked.GetProperty("workedHours").GetDouble(), Is.EqualTo(10.25), "11 h 15 less the 1 h break");
        Assert.That(worked.GetProperty("basis").GetString(), Is.EqualTo("Objective"));
        Assert.That(worked.GetProperty("departmentCode").GetString(), Is.EqualTo("D100"));
        Assert.That(off.GetProperty("isWorkingDay").GetBoolean(), Is.False);
        Assert.That(off.GetProperty("overtimeHours").GetDouble(), Is.EqualTo(4), "5 h less the break");
    }

    [Test]
    public async Task A_holiday_makes_the_day_off_and_its_totals_follow()
    {
        var weekday = Weekday(3);
        await RecordAsync("E7000", weekday, "08:30", "17:15");
        var before = await DayAsync(Head(), "E7000", weekday);

        var set = await InRole(Roles.WelfareOfficer).PutAsJsonAsync($"/api/v1/overtime/holidays/{weekday:yyyy-MM-dd}", new { name = "県民の日" });
        var after = await DayAsync(Head(), "E7000", weekday);

        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(before.GetProperty("overtimeHours").GetDouble(), Is.Zero);
        Assert.That(after.GetProperty("overtimeHours").GetDouble(), Is.EqualTo(7.75));
    }

    [Test]
    public async Task Sending_a_record_again_changes_nothing_and_reusing_its_id_for_other_times_is_a_conflict()
    {
        var day = Weekday(1);
        await RecordAsync("E7000", day, "08:30", "18:00", externalId: "tc-1");

        var again = await RecordAsync("E7000", day, "08:30", "18:00", externalId: "tc-1");
        var reused = await RecordAsync("E7000", day, "08:30", "19:00", externalId: "tc-1");

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ProblemAsync(reused)).GetProperty("code").GetString(), Is.EqualTo("overtime.external-id-reused"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records"), Is.EqualTo(1));
    }

    [Test]
    public async Task Reversed_overlapping_and_unknown_employee_records_are_refused_and_nothing_is_lost()
    {
        var day = Weekday(1);
        await RecordAsync("E7000", day, "08:30", "18:00");

        var reversed = await RecordAsync("E7000", Weekday(2), "18:00", "08:30");
        var overlapping = await RecordAsync("E7000", day, "17:00", "19:00", externalId: "tc-other");
        var unknown = await RecordAsync("E9999", day, "08:30", "17:15");
        var otherSource = await RecordAsync("E7000", day, "08:35", "18:05", source: "PcLog");

        Assert.That(reversed.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(reversed)).GetProperty("code").GetString(), Is.EqualTo("overtime.record-reversed"));
        Assert.That(overlapping.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(unknown)).GetProperty("code").GetString(), Is.EqualTo("overtime.employee-not-in-directory"));
        Assert.That(otherSource.StatusCode, Is.EqualTo(HttpStatusCode.Created), "a PC log overlaps the time card by nature");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records"), Is.EqualTo(2));
    }

    [Test]
    public async Task Only_the_employee_self_reports_and_only_attendance_systems_or_officers_record_objective_time()
    {
        var day = Weekday(1);
        var body = new { source = "SelfReport", workDate = day.ToString("yyyy-MM-dd"), startedAt = Jst(day, "08:30"), endedAt = Jst(day, "19:00") };

        var own = await Employee("E7000").PostAsJsonAsync("/api/v1/overtime/employees/E7000/records", body);
        var forSomeoneElse = await Employee("E7001", "D200").PostAsJsonAsync("/api/v1/overtime/employees/E7000/records", body);
        var objectiveByEmployee = await Employee("E7000").PostAsJsonAsync("/api/v1/overtime/employees/E7000/records",
            new { source = "TimeCard", externalId = "x", workDate = day.ToString("yyyy-MM-dd"), startedAt = Jst(day, "08:30"), endedAt = Jst(day, "19:00") });
        var selfReportByMachine = await Attendance().PostAsJsonAsync("/api/v1/overtime/employees/E7000/records", body);

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(forSomeoneElse.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(objectiveByEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(selfReportByMachine.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await DayAsync(Employee("E7000"), "E7000", day)).GetProperty("basis").GetString(), Is.EqualTo("SelfReport"));
    }

    [Test]
    public async Task Working_days_are_seen_by_the_employee_their_head_and_officers_only()
    {
        var day = Weekday(0);
        await RecordAsync("E7000", day, "08:30", "18:00");
        var path = $"/api/v1/overtime/employees/E7000/days?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";

        Assert.That((await Head().GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await InRole(Roles.PersonnelOfficer).GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await OtherHead().GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Employee("E7001", "D200").GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await InRole(Roles.Physician).GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Divergent_days_are_listed_until_the_head_corrects_them_and_the_correction_drives_the_totals()
    {
        var day = Weekday(4);
        var order = await Head().PostAsJsonAsync("/api/v1/overtime/orders",
            new { employeeId = "E7000", workDate = day.ToString("yyyy-MM-dd"), plannedStart = "17:15", plannedEnd = "19:15", reason = "予算資料の作成" });
        await RecordAsync("E7000", day, "08:30", "20:45");
        AdvanceTo(day.AddDays(1), 9, 0);
        var path = $"/api/v1/overtime/departments/D100/discrepancies?from={MonthStart:yyyy-MM-dd}&to={day:yyyy-MM-dd}";

        var listed = (await Head().GetFromJsonAsync<JsonElement>(path)).GetProperty("items");
        var otherHead = await OtherHead().GetAsync(path);
        var correction = await Head().PostAsJsonAsync($"/api/v1/overtime/employees/E7000/days/{day:yyyy-MM-dd}/correction",
            new { startedAt = Jst(day, "08:30"), endedAt = Jst(day, "19:15"), reason = "退庁後の私用在庁を除外(本人確認済み)" });
        var afterCorrection = (await Head().GetFromJsonAsync<JsonElement>(path)).GetProperty("items");
        var corrected = await DayAsync(Head(), "E7000", day);

        Assert.That(order.StatusCode, Is.EqualTo(HttpStatusCode.Created), await order.Content.ReadAsStringAsync());
        Assert.That(listed.GetArrayLength(), Is.EqualTo(1));
        Assert.That(listed[0].GetProperty("kind").GetString(), Is.EqualTo("order-vs-objective"));
        Assert.That(listed[0].GetProperty("differenceHours").GetDouble(), Is.EqualTo(1.5));
        Assert.That(otherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(correction.StatusCode, Is.EqualTo(HttpStatusCode.Created), await correction.Content.ReadAsStringAsync());
        Assert.That(afterCorrection.GetArrayLength(), Is.Zero);
        Assert.That(corrected.GetProperty("basis").GetString(), Is.EqualTo("Corrected"));
        Assert.That(corrected.GetProperty("overtimeHours").GetDouble(), Is.EqualTo(2));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'working-time.correct' AND outcome = 'Allowed'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_correction_needs_a_reason_and_the_employees_head()
    {
        var day = Weekday(0);
        await RecordAsync("E7000", day, "08:30", "20:00");
        AdvanceTo(day.AddDays(1), 9, 0);
        var body = new { startedAt = Jst(day, "08:30"), endedAt = Jst(day, "18:00"), reason = "" };

        var noReason = await Head().PostAsJsonAsync($"/api/v1/overtime/employees/E7000/days/{day:yyyy-MM-dd}/correction", body);
        var byOtherHead = await OtherHead().PostAsJsonAsync($"/api/v1/overtime/employees/E7000/days/{day:yyyy-MM-dd}/correction", body with { reason = "理由" });
        var bySelf = await Employee("E7000").PostAsJsonAsync($"/api/v1/overtime/employees/E7000/days/{day:yyyy-MM-dd}/correction", body with { reason = "理由" });

        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(byOtherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(bySelf.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_corrections"), Is.Zero);
    }
}
