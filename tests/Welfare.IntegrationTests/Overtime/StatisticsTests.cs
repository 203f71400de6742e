using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

/// <summary>
/// Fiscal year 2025 (April 2025 – March 2026) by hand. E1–E4 are in the directory all year (48
/// employee-months), E5 from October (6): 54. Overtime: E1 50 h (Apr) and 100 h (May), E2 45 h (Apr) and
/// 99 h (Jun), E3 nothing, E4 30 h (Oct), E5 120 h (Nov): 444 h.
/// </summary>
public sealed class StatisticsTests : OvertimeHealthTest
{
    [SetUp]
    public async Task SeedAsync()
    {
        await SeedDirectoryAsync("2025-04-01", new SeedEmployee("E1", "D100"), new SeedEmployee("E2", "D100"), new SeedEmployee("E3", "D100"), new SeedEmployee("E4", "D200"));
        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), "2025-10-01", new SeedEmployee("E5", "D200", JoinedOn: "2025-10-01"));
        await DeliverEventsAsync();
        await WorkAsync("E1", 2025, 4, 50 * 60);
        await WorkAsync("E1", 2025, 5, 100 * 60);
        await WorkAsync("E2", 2025, 4, 45 * 60);
        await WorkAsync("E2", 2025, 6, 99 * 60);
        await WorkAsync("E4", 2025, 10, 30 * 60);
        await WorkAsync("E5", 2025, 11, 120 * 60);
        await WorkAsync("E1", 2025, 3, 80 * 60); // fiscal year 2024: not counted
    }

    private static Task CaseAsync(string employeeId, string department, int year, int month, bool mandatory, string status, string? reason) =>
        ExecuteAsync($"""
            INSERT INTO overtime.long_hours_interviews (id, employee_id, department_code, year, month, health_overtime_hours, mandatory, tier, exempt,
                evaluated_at, notified_on, status, not_held_reason)
            VALUES ('{Guid.NewGuid()}', '{employeeId}', '{department}', {year}, {month}, 100, {mandatory}, 't', false, now(), '2026-01-01', '{status}',
                {(reason is null ? "NULL" : $"'{reason}'")})
            """);

    [Test]
    public async Task The_fiscal_year_is_reported_as_the_survey_counts_it()
    {
        await CaseAsync("E1", "D100", 2025, 5, true, "Held", null);
        await CaseAsync("E2", "D100", 2025, 6, false, "NotHeld", "NoResponseOrDeclined");
        await CaseAsync("E5", "D200", 2025, 11, true, "NotHeld", "TooBusy");
        await CaseAsync("E4", "D200", 2026, 3, false, "Notified", null);
        await CaseAsync("E1", "D100", 2025, 3, true, "Held", null); // fiscal year 2024

        var s = await InRole(Roles.PersonnelOfficer).GetFromJsonAsync<JsonElement>("/api/v1/overtime/statistics?fiscalYear=2025");

        Assert.That(s.GetProperty("from").GetString(), Is.EqualTo("2025-04-01"));
        Assert.That(s.GetProperty("to").GetString(), Is.EqualTo("2026-03-31"));
        Assert.That(s.GetProperty("monthsCounted").GetInt32(), Is.EqualTo(12));
        Assert.That(s.GetProperty("employeeMonths").GetInt64(), Is.EqualTo(54));
        Assert.That(s.GetProperty("totalOvertimeHours").GetDouble(), Is.EqualTo(444));
        Assert.That(s.GetProperty("averageHoursPerEmployeePerMonth").GetDouble(), Is.EqualTo(8.2), "444 / 54 = 8.22");
        Assert.That(s.GetProperty("averageHoursPerEmployeePerYear").GetDouble(), Is.EqualTo(98.7), "444 / (54 / 12) = 98.67");
        Assert.That(s.GetProperty("employeeMonthsOver45").GetInt64(), Is.EqualTo(4), "50, 100, 99, 120; 45 is not over");
        Assert.That(s.GetProperty("shareOver45").GetDouble(), Is.EqualTo(7.4));
        Assert.That(s.GetProperty("employeeMonthsOver45Under100").GetInt64(), Is.EqualTo(2));
        Assert.That(s.GetProperty("shareOver45Under100").GetDouble(), Is.EqualTo(3.7));
        Assert.That(s.GetProperty("employeeMonthsAtOrOver100").GetInt64(), Is.EqualTo(2));
        Assert.That(s.GetProperty("shareAtOrOver100").GetDouble(), Is.EqualTo(3.7));
        var i = s.GetProperty("interviews");
        Assert.That((i.GetProperty("eligible").GetInt32(), i.GetProperty("mandatory").GetInt32(), i.GetProperty("onRequest").GetInt32()), Is.EqualTo((4, 2, 2)));
        Assert.That((i.GetProperty("held").GetInt32(), i.GetProperty("heldRate").GetDouble()), Is.EqualTo((1, 25.0)));
        Assert.That((i.GetProperty("notHeld").GetInt32(), i.GetProperty("pending").GetInt32()), Is.EqualTo((2, 1)));
        Assert.That((i.GetProperty("tooBusy").GetInt32(), i.GetProperty("tooBusyShare").GetDouble()), Is.EqualTo((1, 50.0)));
        Assert.That((i.GetProperty("noResponseOrDeclined").GetInt32(), i.GetProperty("noResponseOrDeclinedShare").GetDouble()), Is.EqualTo((1, 50.0)));
        Assert.That(i.GetProperty("physicianJudgedUnnecessary").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task One_department_counts_its_own_employee_months_and_cases()
    {
        await CaseAsync("E1", "D100", 2025, 5, true, "Held", null);
        await CaseAsync("E5", "D200", 2025, 11, true, "NotHeld", "TooBusy");

        var s = await WelfareOfficer().GetFromJsonAsync<JsonElement>("/api/v1/overtime/statistics?fiscalYear=2025&department=D100");

        Assert.That(s.GetProperty("employeeMonths").GetInt64(), Is.EqualTo(36));
        Assert.That(s.GetProperty("totalOvertimeHours").GetDouble(), Is.EqualTo(294));
        Assert.That(s.GetProperty("averageHoursPerEmployeePerMonth").GetDouble(), Is.EqualTo(8.2), "294 / 36 = 8.17");
        Assert.That(s.GetProperty("averageHoursPerEmployeePerYear").GetDouble(), Is.EqualTo(98.0), "294 / 3");
        Assert.That(s.GetProperty("shareOver45").GetDouble(), Is.EqualTo(8.3), "3 / 36");
        Assert.That(s.GetProperty("shareOver45Under100").GetDouble(), Is.EqualTo(5.6), "2 / 36");
        Assert.That(s.GetProperty("shareAtOrOver100").GetDouble(), Is.EqualTo(2.8), "1 / 36");
        Assert.That(s.GetProperty("interviews").GetProperty("eligible").GetInt32(), Is.EqualTo(1));
        Assert.That(s.GetProperty("interviews").GetProperty("heldRate").GetDouble(), Is.EqualTo(100.0));
    }

    [Test]
    public async Task As_csv_it_is_utf8_with_a_bom_a_header_line_and_the_values()
    {
        var response = await WelfareOfficer().GetAsync("/api/v1/overtime/statistics?fiscalYear=2025&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(lines, Has.Length.EqualTo(2));
        var header = lines[0].Split(',');
        var values = lines[1].Split(',');
        Assert.That(header, Has.Length.EqualTo(values.Length));
        Assert.That(values[Array.IndexOf(header, "年度")], Is.EqualTo("2025"));
        Assert.That(values[Array.IndexOf(header, "調査対象延べ人数")], Is.EqualTo("54"));
        Assert.That(values[Array.IndexOf(header, "1人当たり時間外勤務時間(月)")], Is.EqualTo("8.2"));
        Assert.That(values[Array.IndexOf(header, "45時間超(%)")], Is.EqualTo("7.4"));
    }

    [Test]
    public async Task Only_the_schemes_officers_read_statistics()
    {
        var head = await ClientFor("H100", "D100", [Roles.DepartmentHead]).GetAsync("/api/v1/overtime/statistics?fiscalYear=2025");
        var employee = await Employee("E1", "D100").GetAsync("/api/v1/overtime/statistics?fiscalYear=2025");
        var physician = await InRole(Roles.Physician).GetAsync("/api/v1/overtime/statistics?fiscalYear=2025");
        var badFormat = await WelfareOfficer().GetAsync("/api/v1/overtime/statistics?fiscalYear=2025&format=xml");

        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(employee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(physician.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(badFormat.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
