using System.Net.Http.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.Modules.Overtime.Domain.Holidays;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

/// <summary>
/// A directory of D100 (E7000, head E7100) and D200 (E7001, head E7200), seeded on the first day of a
/// fresh month (the shared clock only moves forward), so each test has a whole month of known weekdays.
/// </summary>
public abstract class OvertimeTest : ApiTest
{
    protected static DateOnly MonthStart { get; private set; }

    protected static HttpClient Head() => ClientFor("E7100", "D100", [Roles.DepartmentHead]);

    protected static HttpClient OtherHead() => ClientFor("E7200", "D200", [Roles.DepartmentHead]);

    protected static HttpClient Attendance() => InRole(Roles.AttendanceSystem, "attendance-system", "D900");

    protected static DateOnly Today => Clock.Today();

    [SetUp]
    public async Task SeedDirectoryAsync()
    {
        var today = Clock.Today();
        MonthStart = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        AdvanceTo(MonthStart, 9, 0);
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        await OrganisationSeed.EmployeesAsync(personnel, MonthStart.ToString("yyyy-MM-dd"),
            new SeedEmployee("E7000", "D100"), new SeedEmployee("E7001", "D200"), new SeedEmployee("E7100", "D100", "G5"), new SeedEmployee("E7200", "D200", "G5"));
        foreach (var (department, head) in new[] { ("D100", "E7100"), ("D200", "E7200") })
        {
            (await InRole(Roles.PersonnelOfficer).PutAsJsonAsync($"/api/v1/organisation/departments/{department}/head",
                new { employeeId = head, effectiveFrom = MonthStart.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        }

        await DeliverEventsAsync();
    }

    /// <summary>Moves the shared clock forward to a day and time in Japan.</summary>
    protected static void AdvanceTo(DateOnly day, int hour, int minute)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), JapanTime.Offset);
        if (target > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(target.ToUniversalTime());
        }
    }

    /// <summary>The n-th working day (Monday to Friday and not a national holiday, 0-based) of the test month.</summary>
    protected static DateOnly Weekday(int n) =>
        Enumerable.Range(0, 31).Select(MonthStart.AddDays)
            .Where(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !NationalHolidayRules.Of(d.Year).Any(h => h.Date == d))
            .ElementAt(n);

    protected static IEnumerable<DateOnly> WeekendDays(DateOnly monthStart) =>
        Enumerable.Range(0, DateTime.DaysInMonth(monthStart.Year, monthStart.Month)).Select(monthStart.AddDays)
            .Where(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>A time of a day in Japan as ISO 8601 with the offset; "25:10" means 1:10 the next morning.</summary>
    protected static string Jst(DateOnly day, string time)
    {
        var parts = time.Split(':');
        var at = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), JapanTime.Offset).AddHours(int.Parse(parts[0])).AddMinutes(int.Parse(parts[1]));
        return at.ToString("yyyy-MM-dd'T'HH:mm:sszzz");
    }

    protected static Task<HttpResponseMessage> RecordAsync(string employeeId, DateOnly day, string start, string end, string source = "TimeCard", string? externalId = null) =>
        Attendance().PostAsJsonAsync($"/api/v1/overtime/employees/{employeeId}/records", new
        {
            source,
            externalId = externalId ?? $"{source}-{employeeId}-{day:yyyyMMdd}-{start.Replace(":", "")}",
            workDate = day.ToString("yyyy-MM-dd"),
            startedAt = Jst(day, start),
            endedAt = Jst(day, end),
        });

    /// <summary>Weekend days of the month worked 09:00–16:15 (6.25 h each, all of it overtime).</summary>
    protected static async Task WorkWeekendsAsync(string employeeId, int days)
    {
        foreach (var day in WeekendDays(MonthStart).Take(days))
        {
            (await RecordAsync(employeeId, day, "09:00", "16:15")).EnsureSuccessStatusCode();
        }
    }
}
