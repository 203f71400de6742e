using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>Capability 7: the quarterly report (Form 4) against a hand-made dataset, overdue reports, CSV.</summary>
public sealed class QuarterlyReportTests : PeerSupportTest
{
    private DateOnly _currentStart;
    private int _fiscalYear;
    private int _quarter;

    [SetUp]
    public async Task SeedCasesAsync()
    {
        // Fiscal quarters start in April, July, October and January, like calendar quarters.
        var today = Today;
        _currentStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        AdvanceTo(_currentStart.AddDays(10));
        var previous = _currentStart.AddMonths(-3);
        _fiscalYear = previous.Month >= 4 ? previous.Year : previous.Year - 1;
        _quarter = ((previous.Month + 8) % 12 / 3) + 1;

        await SupportersAsync();
        var d200 = await WorkplaceAsync("D200", "土木第1室");
        await DesignateAsync(d200, "E8201", OtherHead());
        var day = previous.AddDays(5);

        var resolved = await RecordAsync(body: ConsultationBody(category: "Family", channel: "Request", openedOn: day));
        (await Supporter().PutAsJsonAsync($"{Base}/consultations/{resolved}", new { category = "Family", content = "解決済み", outcome = "Resolved" })).EnsureSuccessStatusCode();
        await RecordAsync(body: ConsultationBody(category: "Family", channel: "Outreach", openedOn: day.AddDays(20)));
        var referred = await RecordAsync(body: ConsultationBody(category: "Money", channel: "Request", openedOn: day.AddDays(30)));
        await ConsentAsync(referred, "Referral");
        await CreatedAsync(await Supporter().PostAsJsonAsync($"{Base}/consultations/{referred}/referrals", new { target = "Division", divisionName = "厚生課", costExplained = false }));
        var urgent = await RecordAsync(body: ConsultationBody(subject: "E8003", category: "WorkplaceRelationships", channel: "Request", openedOn: previous));
        (await Supporter().PostAsJsonAsync($"{Base}/consultations/{urgent}/urgency", new { kind = "PossibleCrime" })).EnsureSuccessStatusCode();
        await RecordAsync(OtherSupporter(), ConsultationBody(category: "Health", channel: "Outreach", openedOn: _currentStart.AddDays(-1)));

        // Not in the quarter: today's case of D100; D200's case is in the quarter.
        await RecordAsync(body: ConsultationBody(category: "Money", channel: "Request"));
        await RecordAsync(Employee("E8201", "D200"), ConsultationBody(subject: "E8201", category: "Housing", openedOn: day));
    }

    [Test]
    public async Task The_head_reports_exact_counts_by_category_channel_outcome_and_urgency_never_names_or_content()
    {
        var response = await Head().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = _fiscalYear, quarter = _quarter });
        var report = await CreatedAsync(response);

        Assert.That(report.GetProperty("form").GetInt32(), Is.EqualTo(4));
        Assert.That(report.GetProperty("totalCases").GetInt32(), Is.EqualTo(5));
        Assert.That(report.GetProperty("urgentCases").GetInt32(), Is.EqualTo(1));
        Assert.That(Counts(report, "byCategory"), Is.EqualTo(new Dictionary<string, int>
        {
            ["WorkplaceRelationships"] = 1, ["WorkingEnvironment"] = 0, ["Family"] = 2, ["Relatives"] = 0, ["Health"] = 1, ["Childcare"] = 0, ["Education"] = 0,
            ["Care"] = 0, ["Relationships"] = 0, ["Housing"] = 0, ["Money"] = 1, ["Other"] = 0,
        }));
        Assert.That(Counts(report, "byChannel"), Is.EqualTo(new Dictionary<string, int> { ["Request"] = 3, ["Outreach"] = 2 }));
        Assert.That(Counts(report, "byOutcome"), Is.EqualTo(new Dictionary<string, int> { ["Ongoing"] = 2, ["Resolved"] = 1, ["Referred"] = 1, ["Escalated"] = 1 }));
        Assert.That(report.GetProperty("dueOn").GetString(), Is.EqualTo(_currentStart.AddDays(9).ToString("yyyy-MM-dd")));
        Assert.That(report.GetRawText(), Does.Not.Contain("E8002").And.Not.Contain("E8000").And.Not.Contain(SecretContent));
        Assert.That(await ScalarAsync<string>("SELECT counts::text FROM peer_support.quarterly_reports"), Does.Not.Contain("E80"));
    }

    [Test]
    public async Task Reports_on_a_quarter_not_yet_ended_twice_or_for_another_department_are_refused()
    {
        var (currentYear, currentQuarter) = _quarter == 4 ? (_fiscalYear + 1, 1) : (_fiscalYear, _quarter + 1);

        var current = await Head().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = currentYear, quarter = currentQuarter });
        var future = await Head().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = currentYear + 1, quarter = currentQuarter });
        var otherHead = await OtherHead().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = _fiscalYear, quarter = _quarter });
        var welfare = await WelfareOfficer().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = _fiscalYear, quarter = _quarter });
        var badQuarter = await Head().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = _fiscalYear, quarter = 5 });
        await CreatedAsync(await Head().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = _fiscalYear, quarter = _quarter }));
        var twice = await Head().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = _fiscalYear, quarter = _quarter });

        Assert.That(await CodeAsync(current, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.quarter-not-ended"));
        Assert.That(await CodeAsync(future, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.quarter-not-ended"));
        Assert.That(otherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(welfare.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(badQuarter.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await CodeAsync(twice, HttpStatusCode.Conflict), Is.EqualTo("peer-support.quarterly-report-exists"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.quarterly_reports"), Is.EqualTo(1));
    }

    [Test]
    public async Task Departments_with_cases_and_no_report_are_overdue_a_quarter_without_cases_needs_none()
    {
        var before = (await WelfareOfficer().GetFromJsonAsync<JsonElement>($"{Base}/quarterly-reports/overdue")).GetProperty("items");
        await CreatedAsync(await Head().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = _fiscalYear, quarter = _quarter }));
        var after = (await WelfareOfficer().GetFromJsonAsync<JsonElement>($"{Base}/quarterly-reports/overdue")).GetProperty("items");
        var submitted = (await WelfareOfficer().GetFromJsonAsync<JsonElement>($"{Base}/quarterly-reports?fiscalYear={_fiscalYear}&quarter={_quarter}")).GetProperty("items");

        Assert.That(before.EnumerateArray().Select(o => (o.GetProperty("departmentCode").GetString(), o.GetProperty("quarter").GetInt32(), o.GetProperty("cases").GetInt32())),
            Is.EqualTo(new[] { ("D100", _quarter, 5), ("D200", _quarter, 1) }));
        Assert.That(after.EnumerateArray().Select(o => o.GetProperty("departmentCode").GetString()), Is.EqualTo(new[] { "D200" }));
        Assert.That(submitted.EnumerateArray().Select(r => r.GetProperty("departmentCode").GetString()), Is.EqualTo(new[] { "D100" }));
    }

    [Test]
    public async Task The_welfare_division_exports_the_quarters_reports_as_csv()
    {
        await CreatedAsync(await Head().PostAsJsonAsync($"{Base}/departments/D100/quarterly-reports", new { fiscalYear = _fiscalYear, quarter = _quarter }));

        var response = await WelfareOfficer().GetAsync($"{Base}/quarterly-reports?fiscalYear={_fiscalYear}&quarter={_quarter}&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var byHead = await Head().GetAsync($"{Base}/quarterly-reports?fiscalYear={_fiscalYear}&quarter={_quarter}&format=csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(bytes[..3], Is.EqualTo(Encoding.UTF8.GetPreamble()));
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.StartWith("所属コード,年度,四半期,提出日時,件数,緊急案件,分類:職場の人間関係"));
        var fields = lines[1].Split(',');
        Assert.That(fields[..3], Is.EqualTo(new[] { "D100", _fiscalYear.ToString(), _quarter.ToString() }));
        Assert.That(string.Join(',', fields[4..]), Is.EqualTo("5,1,1,0,2,0,1,0,0,0,0,0,1,0,3,2,2,1,1,1"));
        Assert.That(byHead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static Dictionary<string, int> Counts(JsonElement report, string property) =>
        report.GetProperty(property).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
}
