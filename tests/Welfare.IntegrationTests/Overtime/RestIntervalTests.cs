using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

public sealed class RestIntervalTests : OvertimeTest
{
    /// <summary>A weekday followed by another, so that the next start is the next morning.</summary>
    private static (DateOnly Day, DateOnly Next) TwoWorkingDays()
    {
        var day = Enumerable.Range(0, 10).Select(Weekday).First(d => d.DayOfWeek is not DayOfWeek.Friday);
        return (day, day.AddDays(1));
    }

    [Test]
    public async Task Late_work_is_reported_next_day_with_the_interval_owed_and_the_shifted_schedule()
    {
        var (day, next) = TwoWorkingDays();
        await RecordAsync("E7000", day, "08:30", "23:10");
        await RecordAsync("E7000", next, "08:30", "17:15");
        await RecordAsync("E7001", day, "08:30", "22:20");
        AdvanceTo(next, 9, 30);

        var report = (await Head().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/departments/D100/late-work-report?date={day:yyyy-MM-dd}")).GetProperty("items");
        var findings = (await Head().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/departments/D100/rest-interval?from={day:yyyy-MM-dd}&to={next:yyyy-MM-dd}")).GetProperty("items");
        var otherHead = await OtherHead().GetAsync($"/api/v1/overtime/departments/D100/late-work-report?date={day:yyyy-MM-dd}");
        var finding = findings[0];

        Assert.That(report.GetArrayLength(), Is.EqualTo(1));
        Assert.That(report[0].GetProperty("employeeId").GetString(), Is.EqualTo("E7000"));
        Assert.That(report[0].GetProperty("hoursPastProhibition").GetDouble(), Is.EqualTo(1.17));
        Assert.That(finding.GetProperty("intervalRequired").GetBoolean(), Is.True);
        Assert.That(finding.GetProperty("proposedNextStart").GetString(), Is.EqualTo("09:30:00"));
        Assert.That(finding.GetProperty("proposedNextEnd").GetString(), Is.EqualTo("18:15:00"));
        Assert.That(finding.GetProperty("intervalViolated").GetBoolean(), Is.True, "started 8:30, before 9:10");
        Assert.That(otherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_exemption_approved_by_the_head_lifts_the_violation_and_is_reported_with_its_reason()
    {
        var (day, next) = TwoWorkingDays();
        await RecordAsync("E7000", day, "08:30", "23:40");
        await RecordAsync("E7000", next, "08:30", "17:15");
        var body = new { workDate = day.ToString("yyyy-MM-dd"), kind = "BusinessNecessity", reason = "災害対応のため翌朝も通常どおり登庁" };

        var byEmployee = await Employee("E7000").PostAsJsonAsync("/api/v1/overtime/employees/E7000/rest-interval-exemptions", body);
        var byOtherHead = await OtherHead().PostAsJsonAsync("/api/v1/overtime/employees/E7000/rest-interval-exemptions", body);
        var granted = await Head().PostAsJsonAsync("/api/v1/overtime/employees/E7000/rest-interval-exemptions", body);
        var twice = await Head().PostAsJsonAsync("/api/v1/overtime/employees/E7000/rest-interval-exemptions", body);
        var finding = (await InRole(Roles.WelfareOfficer).GetFromJsonAsync<JsonElement>(
            $"/api/v1/overtime/departments/D100/rest-interval?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}")).GetProperty("items")[0];

        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byOtherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(granted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(twice.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(finding.GetProperty("intervalViolated").GetBoolean(), Is.False);
        Assert.That(finding.GetProperty("exemption").GetString(), Is.EqualTo("BusinessNecessity"));
        Assert.That(finding.GetProperty("proposedNextStart").GetString(), Is.EqualTo("10:00:00"));
    }
}
