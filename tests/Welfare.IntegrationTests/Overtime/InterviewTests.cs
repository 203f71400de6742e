using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

/// <summary>
/// Long-hours physician interviews (seed 002 §2(1)). February 2026 has 28 days, so its health overtime is
/// total hours − 160 h; January 2026 has 31 days (− 177.14 h). The clock stands in April 2026, after both
/// reference days (the 1st of the next month).
/// </summary>
public sealed class InterviewTests : OvertimeHealthTest
{
    private const string Physician = "P0001";

    [SetUp]
    public Task SeedAsync() => SeedDirectoryAsync("2025-10-01",
        new SeedEmployee("E1", "D100"), new SeedEmployee("E2", "D100"), new SeedEmployee("E3", "D100"),
        new SeedEmployee("E4", "D200"), new SeedEmployee("E5", "D200"), new SeedEmployee("E7", "D100"), new SeedEmployee("E8", "D100"));

    private static HttpClient HeadOf(string department) => ClientFor($"H{department}", department, [Roles.DepartmentHead], "en");

    private static HttpClient PhysicianClient(string id = Physician) => InRole(Roles.Physician, id, "D900", "en");

    private static async Task<JsonElement> EvaluateAsync(int year, int month)
    {
        var response = await WelfareOfficer().PostAsJsonAsync("/api/v1/overtime/interviews/evaluations", new { year, month });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Dictionary<string, JsonElement>> CasesAsync(int year, int month)
    {
        var page = await WelfareOfficer().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/interviews?year={year}&month={month}&pageSize=200");
        return page.GetProperty("items").EnumerateArray().ToDictionary(c => c.GetProperty("employeeId").GetString()!);
    }

    private static async Task<string> CaseIdAsync(string employeeId, int year = 2026, int month = 2) =>
        (await CasesAsync(year, month))[employeeId].GetProperty("id").GetString()!;

    /// <summary>E1 100 h (mandatory), E2 99.98 h and E4 80.02 h (on request), E3 exactly 80 h (none), E5 71.17 h after 90.01 h in January (2-month average 80.59 h: mandatory).</summary>
    private static async Task SeedFebruaryAsync()
    {
        await WorkAsync("E1", 2026, 2, 15600);
        await WorkAsync("E2", 2026, 2, 15599);
        await WorkAsync("E3", 2026, 2, 14400);
        await WorkAsync("E4", 2026, 2, 14401);
        await WorkAsync("E5", 2026, 1, 16029);
        await WorkAsync("E5", 2026, 2, 13870);
    }

    [Test]
    public async Task The_monthly_evaluation_opens_a_case_per_tier_reached_at_the_boundaries()
    {
        await SeedFebruaryAsync();

        var run = await EvaluateAsync(2026, 2);
        var cases = await CasesAsync(2026, 2);

        Assert.That(run.GetProperty("referenceDate").GetString(), Is.EqualTo("2026-03-01"));
        Assert.That((run.GetProperty("opened").GetInt32(), run.GetProperty("mandatory").GetInt32(), run.GetProperty("onRequest").GetInt32()), Is.EqualTo((4, 2, 2)));
        Assert.That(cases.Keys, Is.EquivalentTo(new[] { "E1", "E2", "E4", "E5" }), "E3's 80 h is not over 80 h");
        Assert.That(cases["E1"].GetProperty("healthOvertimeHours").GetDouble(), Is.EqualTo(100.0));
        Assert.That(cases["E1"].GetProperty("tier").GetString(), Is.EqualTo("month-100h"));
        Assert.That(cases["E1"].GetProperty("mandatory").GetBoolean(), Is.True);
        Assert.That(cases["E2"].GetProperty("healthOvertimeHours").GetDouble(), Is.EqualTo(99.98));
        Assert.That(cases["E2"].GetProperty("tier").GetString(), Is.EqualTo("month-80h-on-request"));
        Assert.That(cases["E2"].GetProperty("mandatory").GetBoolean(), Is.False);
        Assert.That(cases["E4"].GetProperty("healthOvertimeHours").GetDouble(), Is.EqualTo(80.02));
        Assert.That(cases["E4"].GetProperty("mandatory").GetBoolean(), Is.False);
        Assert.That(cases["E5"].GetProperty("healthOvertimeHours").GetDouble(), Is.EqualTo(71.17));
        Assert.That(cases["E5"].GetProperty("rollingAverageHours").GetDouble(), Is.EqualTo(80.59));
        Assert.That(cases["E5"].GetProperty("tier").GetString(), Is.EqualTo("average-80h"));
        Assert.That(cases["E5"].GetProperty("mandatory").GetBoolean(), Is.True);
        Assert.That(cases["E4"].GetProperty("departmentCode").GetString(), Is.EqualTo("D200"));
        Assert.That(cases.Values.Select(c => c.GetProperty("status").GetString()).Distinct(), Is.EqualTo(new[] { "Notified" }));
    }

    [Test]
    public async Task The_evaluation_is_idempotent_waits_for_the_reference_day_and_is_for_the_schemes_officers_only()
    {
        await SeedFebruaryAsync();
        await EvaluateAsync(2026, 2);

        var again = await EvaluateAsync(2026, 2);
        var tooEarly = await WelfareOfficer("en").PostAsJsonAsync("/api/v1/overtime/interviews/evaluations", new { year = Clock.Today().Year, month = Clock.Today().Month });
        var byHead = await HeadOf("D100").PostAsJsonAsync("/api/v1/overtime/interviews/evaluations", new { year = 2026, month = 2 });
        var byEmployee = await Employee("E1", "D100").PostAsJsonAsync("/api/v1/overtime/interviews/evaluations", new { year = 2026, month = 2 });
        var byPersonnelOfficer = await InRole(Roles.PersonnelOfficer).PostAsJsonAsync("/api/v1/overtime/interviews/evaluations", new { year = 2026, month = 2 });

        Assert.That((again.GetProperty("opened").GetInt32(), again.GetProperty("alreadyOpened").GetInt32()), Is.EqualTo((0, 4)));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.long_hours_interviews"), Is.EqualTo(4));
        Assert.That(tooEarly.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(tooEarly)).GetProperty("code").GetString(), Is.EqualTo("overtime.evaluation-too-early"));
        Assert.That(byHead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byPersonnelOfficer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_on_request_case_goes_from_notification_to_request_schedule_and_opinion_which_sets_a_cap()
    {
        await SeedFebruaryAsync();
        await EvaluateAsync(2026, 2);
        var id = await CaseIdAsync("E2");
        var employee = Employee("E2", "D100");

        var mine = (await employee.GetFromJsonAsync<JsonElement>("/api/v1/overtime/me/interviews")).GetProperty("items");
        var scheduledTooSoon = await WelfareOfficer("en").PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/schedule", new { physicianId = Physician, scheduledOn = "2026-04-10" });
        var recommended = await WelfareOfficer().PostAsync($"/api/v1/overtime/interviews/{id}/recommendation", null);
        var requested = await employee.PostAsync($"/api/v1/overtime/me/interviews/{id}/request", null);
        var scheduled = await WelfareOfficer().PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/schedule", new { physicianId = Physician, scheduledOn = "2026-04-01" });
        var opinionBody = new
        {
            heldOn = "2026-04-01",
            changeOfPlace = false,
            changeOfDuties = true,
            leave = false,
            shorterHours = false,
            fewerNightShifts = true,
            overtimeCapHours = 20,
            overtimeForbidden = false,
            measuresFrom = "2026-04-02",
            measuresTo = "2026-06-30",
            noMeasuresNeeded = false,
            nextInterviewUnnecessary = false,
            note = "睡眠不足の訴えあり",
        };
        var byOtherPhysician = await PhysicianClient("P0002").PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/opinion", opinionBody);
        var opinion = await PhysicianClient().PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/opinion", opinionBody);
        var again = await PhysicianClient().PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/opinion", opinionBody);
        var caps = (await employee.GetFromJsonAsync<JsonElement>("/api/v1/overtime/me/caps")).GetProperty("items");

        Assert.That(mine.GetArrayLength(), Is.EqualTo(1));
        Assert.That(mine[0].GetProperty("healthOvertimeHours").GetDouble(), Is.EqualTo(99.98));
        Assert.That(mine[0].GetProperty("notifiedOn").GetString(), Is.Not.Null);
        Assert.That(scheduledTooSoon.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(scheduledTooSoon)).GetProperty("code").GetString(), Is.EqualTo("overtime.interview-not-requested"));
        Assert.That((await recommended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("Recommended"));
        Assert.That((await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("Requested"));
        Assert.That(scheduled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scheduled.Content.ReadAsStringAsync());
        Assert.That(byOtherPhysician.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(opinion.StatusCode, Is.EqualTo(HttpStatusCode.OK), await opinion.Content.ReadAsStringAsync());
        var held = await opinion.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(held.GetProperty("status").GetString(), Is.EqualTo("Held"));
        Assert.That(held.GetProperty("measures").GetProperty("overtimeCapHours").GetDouble(), Is.EqualTo(20));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(again)).GetProperty("code").GetString(), Is.EqualTo("overtime.interview-closed"));
        Assert.That(caps.GetArrayLength(), Is.EqualTo(1));
        Assert.That(caps[0].GetProperty("monthlyHours").GetDouble(), Is.EqualTo(20));
        Assert.That(caps[0].GetProperty("from").GetString(), Is.EqualTo("2026-04-02"));
        Assert.That(caps[0].GetProperty("to").GetString(), Is.EqualTo("2026-06-30"));
        Assert.That(caps[0].GetProperty("source").GetString(), Is.EqualTo("LongHoursInterview"));
    }

    [Test]
    public async Task A_department_head_sees_status_and_work_measures_of_their_staff_only_and_others_nothing()
    {
        await AppointHeadsAsync("2025-10-01", ("D100", "HD100"), ("D200", "HD200"));
        await SeedFebruaryAsync();
        await EvaluateAsync(2026, 2);
        var id = await CaseIdAsync("E1");
        (await WelfareOfficer().PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/schedule", new { physicianId = Physician, scheduledOn = "2026-04-01" })).EnsureSuccessStatusCode();
        (await PhysicianClient().PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/opinion", new
        {
            heldOn = "2026-04-01", changeOfPlace = false, changeOfDuties = false, leave = false, shorterHours = true, fewerNightShifts = false,
            overtimeCapHours = (double?)null, overtimeForbidden = true, measuresFrom = "2026-04-02", measuresTo = (string?)null,
            noMeasuresNeeded = false, nextInterviewUnnecessary = true, note = "抑うつ傾向",
        })).EnsureSuccessStatusCode();

        var byHead = await HeadOf("D100").GetAsync($"/api/v1/overtime/interviews/{id}");
        var headList = await HeadOf("D100").GetFromJsonAsync<JsonElement>("/api/v1/overtime/interviews");
        var byOtherHead = await HeadOf("D200").GetAsync($"/api/v1/overtime/interviews/{id}");
        var byColleague = await Employee("E2", "D100").GetAsync($"/api/v1/overtime/interviews/{id}");
        var byPersonnelOfficer = await InRole(Roles.PersonnelOfficer).GetAsync($"/api/v1/overtime/interviews/{id}");
        var listByEmployee = await Employee("E2", "D100").GetAsync("/api/v1/overtime/interviews");
        var byOwner = await Employee("E1", "D100").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/interviews/{id}");

        Assert.That(byHead.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var seen = await byHead.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(seen.GetProperty("status").GetString(), Is.EqualTo("Held"));
        Assert.That(seen.GetProperty("measures").GetProperty("overtimeForbidden").GetBoolean(), Is.True);
        Assert.That(seen.GetProperty("measures").GetProperty("shorterHours").GetBoolean(), Is.True);
        foreach (var hidden in new[] { "opinionNote", "healthOvertimeHours", "nextInterviewUnnecessary", "physicianId", "heldOn", "tier" })
        {
            Assert.That(seen.GetProperty(hidden).ValueKind, Is.EqualTo(JsonValueKind.Null), hidden);
        }

        Assert.That(headList.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("employeeId").GetString()), Is.EquivalentTo(new[] { "E1", "E2" }));
        Assert.That(headList.GetProperty("items").EnumerateArray().All(c => c.GetProperty("opinionNote").ValueKind == JsonValueKind.Null), Is.True);
        Assert.That(byOtherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byColleague.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byPersonnelOfficer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "personnel officers do not see health records");
        Assert.That(listByEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byOwner.GetProperty("opinionNote").GetString(), Is.EqualTo("抑うつ傾向"));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE record_type = 'LongHoursInterview' AND record_id = '{id}' AND outcome = 'Denied' AND action = 'overtime.interview.read'"),
            Is.EqualTo(3));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE record_type = 'LongHoursInterview' AND record_id = '{id}' AND outcome = 'Allowed' AND actor_id = 'HD100'"),
            Is.EqualTo(2));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.personal_caps WHERE employee_id = 'E1' AND monthly_hours = 0 AND valid_to IS NULL"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_case_closes_without_an_interview_with_the_surveys_reason()
    {
        await SeedFebruaryAsync();
        await EvaluateAsync(2026, 2);
        var e1 = await CaseIdAsync("E1");
        var e4 = await CaseIdAsync("E4");

        var otherWithoutNote = await WelfareOfficer().PutAsJsonAsync($"/api/v1/overtime/interviews/{e4}/not-held", new { reason = "Other" });
        var byPhysician = await PhysicianClient().PutAsJsonAsync($"/api/v1/overtime/interviews/{e1}/not-held", new { reason = "TooBusy" });
        var busy = await WelfareOfficer().PutAsJsonAsync($"/api/v1/overtime/interviews/{e1}/not-held", new { reason = "TooBusy" });
        var declined = await WelfareOfficer().PutAsJsonAsync($"/api/v1/overtime/interviews/{e4}/not-held", new { reason = "NoResponseOrDeclined", note = "勧奨に応答なし" });
        var scheduleClosed = await WelfareOfficer("en").PutAsJsonAsync($"/api/v1/overtime/interviews/{e1}/schedule", new { physicianId = Physician, scheduledOn = "2026-04-01" });
        var notHeld = await WelfareOfficer().GetFromJsonAsync<JsonElement>("/api/v1/overtime/interviews?status=NotHeld");

        Assert.That(otherWithoutNote.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "a note is needed for the reason Other");
        Assert.That(byPhysician.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await busy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notHeldReason").GetString(), Is.EqualTo("TooBusy"));
        Assert.That(declined.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(scheduleClosed.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(scheduleClosed)).GetProperty("code").GetString(), Is.EqualTo("overtime.interview-closed"));
        Assert.That(notHeld.GetProperty("totalCount").GetInt64(), Is.EqualTo(2));
    }

    [Test]
    public async Task An_interview_last_month_judged_unnecessary_exempts_the_next_month_and_only_then()
    {
        // E7 and E8: 100 h in January and in February (health hours), both interviewed in February.
        foreach (var employee in new[] { "E7", "E8" })
        {
            await WorkAsync(employee, 2026, 1, 16629);
            await WorkAsync(employee, 2026, 2, 15600);
        }

        await EvaluateAsync(2026, 1);
        foreach (var (employee, unnecessary) in new[] { ("E7", true), ("E8", false) })
        {
            var id = await CaseIdAsync(employee, 2026, 1);
            (await WelfareOfficer().PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/schedule", new { physicianId = Physician, scheduledOn = "2026-02-10" })).EnsureSuccessStatusCode();
            var recorded = await PhysicianClient().PutAsJsonAsync($"/api/v1/overtime/interviews/{id}/opinion", new
            {
                heldOn = "2026-02-10", changeOfPlace = false, changeOfDuties = false, leave = false, shorterHours = false, fewerNightShifts = false,
                overtimeCapHours = (double?)null, overtimeForbidden = false, measuresFrom = (string?)null, measuresTo = (string?)null,
                noMeasuresNeeded = true, nextInterviewUnnecessary = unnecessary, note = (string?)null,
            });
            Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await recorded.Content.ReadAsStringAsync());
        }

        var run = await EvaluateAsync(2026, 2);
        var february = await CasesAsync(2026, 2);

        Assert.That(run.GetProperty("exempt").GetInt32(), Is.EqualTo(1));
        Assert.That(february["E7"].GetProperty("exempt").GetBoolean(), Is.True);
        Assert.That(february["E7"].GetProperty("status").GetString(), Is.EqualTo("NotHeld"));
        Assert.That(february["E7"].GetProperty("notHeldReason").GetString(), Is.EqualTo("PhysicianJudgedUnnecessary"));
        Assert.That(february["E8"].GetProperty("exempt").GetBoolean(), Is.False);
        Assert.That(february["E8"].GetProperty("status").GetString(), Is.EqualTo("Notified"));
        Assert.That(february["E8"].GetProperty("mandatory").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_case_follows_the_version_rules()
    {
        await SeedFebruaryAsync();
        await EvaluateAsync(2026, 2);
        var id = await CaseIdAsync("E2");
        (await WelfareOfficer().PostAsync($"/api/v1/overtime/interviews/{id}/recommendation", null)).EnsureSuccessStatusCode();
        (await Employee("E2", "D100").PostAsync($"/api/v1/overtime/me/interviews/{id}/request", null)).EnsureSuccessStatusCode();

        await VersionRules.AssertAsync(WelfareOfficer(), $"/api/v1/overtime/interviews/{id}", tag => WelfareOfficer().SendJsonAsync(
            HttpMethod.Put, $"/api/v1/overtime/interviews/{id}/schedule", new { physicianId = Physician, scheduledOn = "2026-04-01" }, tag));
        Assert.That((await Employee("E2", "D100").GetAsync($"/api/v1/overtime/interviews/{id}")).Headers.ETag, Is.Not.Null, "the employee reads the version to ask for the interview");
    }
}
