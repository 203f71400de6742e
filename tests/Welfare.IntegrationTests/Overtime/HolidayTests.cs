using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.Modules.Overtime.Domain.Holidays;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

public sealed class HolidayTests : OvertimeTest
{
    private static async Task<List<(string Date, string Name, string? EnglishName, string Source)>> HolidaysAsync(int year)
    {
        var page = await Employee("E7000").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/holidays?year={year}&pageSize=200");
        return [.. page.GetProperty("items").EnumerateArray().Select(h => (
            h.GetProperty("date").GetString()!,
            h.GetProperty("name").GetString()!,
            h.GetProperty("englishName").GetString(),
            h.GetProperty("source").GetString()!))];
    }

    [Test]
    public async Task The_year_lists_the_national_holidays_nobody_entered_beside_the_employer_s_own_days()
    {
        var set = await InRole(Roles.WelfareOfficer).PutAsJsonAsync("/api/v1/overtime/holidays/2026-12-29", new { name = "年末年始" });

        var days = await HolidaysAsync(2026);

        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK), await set.Content.ReadAsStringAsync());
        Assert.That(days, Does.Contain(("2026-03-20", "春分の日", (string?)"Vernal Equinox Day", "National")));
        Assert.That(days, Does.Contain(("2026-11-23", "勤労感謝の日", (string?)"Labour Thanksgiving Day", "National")));
        Assert.That(days, Does.Contain(("2026-05-06", "振替休日", (string?)"Substitute Holiday", "National")));
        Assert.That(days, Does.Contain(("2026-09-22", "国民の休日", (string?)"Citizens' Holiday", "National")));
        Assert.That(days, Does.Contain(("2026-12-29", "年末年始", (string?)null, "Employer")));
        Assert.That(days.Select(d => d.Date), Is.EqualTo(NationalHolidayRules.Of(2026).Select(h => h.Date.ToString("yyyy-MM-dd"))
            .Append("2026-12-29").Order()), "the 18 days of the law and the employer's, by date, and nothing of other years");
    }

    [Test]
    public async Task A_national_holiday_cannot_be_renamed_or_made_a_working_day_and_an_employer_row_on_it_adds_nothing()
    {
        // Officers typed national holidays in themselves before they were built in.
        await ExecuteAsync("INSERT INTO overtime.holidays (date, name) VALUES ('2026-03-20', '春分の日(手入力)')");

        var renamed = await InRole(Roles.WelfareOfficer).PutAsJsonAsync("/api/v1/overtime/holidays/2026-11-23", new { name = "勤労の日" });
        var removed = await InRole(Roles.PersonnelOfficer).DeleteAsync("/api/v1/overtime/holidays/2026-11-23");
        var days = await HolidaysAsync(2026);

        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(renamed)).GetProperty("code").GetString(), Is.EqualTo("overtime.national-holiday"));
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(removed)).GetProperty("code").GetString(), Is.EqualTo("overtime.national-holiday"));
        Assert.That(days.Where(d => d.Date is "2026-11-23" or "2026-03-20"), Is.EqualTo(new[]
        {
            ("2026-03-20", "春分の日", (string?)"Vernal Equinox Day", "National"),
            ("2026-11-23", "勤労感謝の日", (string?)"Labour Thanksgiving Day", "National"),
        }));
    }

    [Test]
    public async Task Work_on_a_national_holiday_is_all_overtime_in_the_day_and_the_month()
    {
        // The first national holiday on a weekday from the test month on, with an ordinary working day of its month to compare.
        var holiday = Enumerable.Range(MonthStart.Year, 2).SelectMany(NationalHolidayRules.Of)
            .Select(h => h.Date).First(d => d >= MonthStart && d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday);
        var month = new DateOnly(holiday.Year, holiday.Month, 1);
        var ordinary = Enumerable.Range(0, 31).Select(month.AddDays).First(d => d.Month == month.Month
            && d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !NationalHolidayRules.Of(d.Year).Any(h => h.Date == d));
        AdvanceTo(month.AddMonths(1), 9, 0);

        (await RecordAsync("E7000", holiday, "08:30", "17:15")).EnsureSuccessStatusCode();
        (await RecordAsync("E7000", ordinary, "08:30", "17:15")).EnsureSuccessStatusCode();
        var days = await Employee("E7000").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/employees/E7000/days?from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}");
        var limits = await Employee("E7000").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/me/limits?year={month.Year}&month={month.Month}");
        var day = days.EnumerateArray().ToDictionary(d => d.GetProperty("workDate").GetString()!);

        Assert.That(day[$"{holiday:yyyy-MM-dd}"].GetProperty("isWorkingDay").GetBoolean(), Is.False, $"{holiday} is a national holiday");
        Assert.That(day[$"{holiday:yyyy-MM-dd}"].GetProperty("overtimeHours").GetDouble(), Is.EqualTo(7.75), "the whole scheduled day less the break");
        Assert.That(day[$"{ordinary:yyyy-MM-dd}"].GetProperty("isWorkingDay").GetBoolean(), Is.True);
        Assert.That(day[$"{ordinary:yyyy-MM-dd}"].GetProperty("overtimeHours").GetDouble(), Is.Zero);
        Assert.That(limits.GetProperty("overtimeHours").GetDouble(), Is.EqualTo(7.75), "the month counts the holiday's hours against the limits");
    }
}
