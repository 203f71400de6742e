using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Browser;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

public sealed class LimitsTests : OvertimeTest
{
    private static string Month => $"year={MonthStart.Year}&month={MonthStart.Month}";

    private static JsonElement Limit(JsonElement status, string name) => status.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("limit").GetString() == name);

    [Test]
    public async Task An_employee_sees_their_hours_remaining_allowance_and_warning_tier()
    {
        await WorkWeekendsAsync("E7000", 6); // 37.5 h of 45: 83 %

        var mine = await Employee("E7000").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/me/limits?{Month}");
        var colleague = await Employee("E7001", "D200").GetAsync($"/api/v1/overtime/employees/E7000/limits?{Month}");
        var head = await Head().GetAsync($"/api/v1/overtime/employees/E7000/limits?{Month}");

        Assert.That(mine.GetProperty("overtimeHours").GetDouble(), Is.EqualTo(37.5));
        Assert.That(mine.GetProperty("kind").GetString(), Is.EqualTo("Standard"));
        Assert.That(Limit(mine, "month").GetProperty("remaining").GetDouble(), Is.EqualTo(7.5));
        Assert.That(Limit(mine, "year").GetProperty("limitHours").GetDouble(), Is.EqualTo(360));
        Assert.That(mine.GetProperty("highestWarning").GetInt32(), Is.EqualTo(80));
        Assert.That(mine.GetProperty("anyExceeded").GetBoolean(), Is.False);
        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_other_driven_department_is_held_to_its_own_limits()
    {
        (await InRole(Roles.PersonnelOfficer).PostAsJsonAsync("/api/v1/overtime/departments/D100/other-driven",
            new { from = MonthStart.ToString("yyyy-MM-dd"), reason = "災害対応の窓口" })).EnsureSuccessStatusCode();
        await WorkWeekendsAsync("E7000", 8); // 50 h

        var mine = await Employee("E7000").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/me/limits?{Month}");

        Assert.That(mine.GetProperty("kind").GetString(), Is.EqualTo("OtherDriven"));
        Assert.That(Limit(mine, "month").GetProperty("limitHours").GetDouble(), Is.EqualTo(100));
        Assert.That(Limit(mine, "month").GetProperty("exceeded").GetBoolean(), Is.False);
        Assert.That(Limit(mine, "months-over-45h").GetProperty("hours").GetDouble(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_head_sees_their_department_and_officers_the_organisation_with_filters_and_csv()
    {
        await WorkWeekendsAsync("E7000", 8); // 50 h: over 45
        await WorkWeekendsAsync("E7001", 2); // 12.5 h

        var department = await Head().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/limits?{Month}&department=D100");
        var otherDepartment = await Head().GetAsync($"/api/v1/overtime/limits?{Month}&department=D200");
        var organisation = await InRole(Roles.WelfareOfficer).GetFromJsonAsync<JsonElement>($"/api/v1/overtime/limits?{Month}&exceeded=true");
        var byHeadWithoutDepartment = await Head().GetAsync($"/api/v1/overtime/limits?{Month}");
        var csv = await InRole(Roles.PersonnelOfficer).SendAsync(Csv.Get($"/api/v1/overtime/limits?{Month}"));
        var lines = await Csv.LinesAsync(csv);

        Assert.That(department.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E7000", "E7100" }));
        Assert.That(otherDepartment.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(organisation.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
        Assert.That(organisation.GetProperty("items")[0].GetProperty("employeeId").GetString(), Is.EqualTo("E7000"));
        Assert.That(byHeadWithoutDepartment.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"), "Accept: text/csv asks for CSV without format=csv");
        Assert.That(lines[0], Does.StartWith("職員番号,所属コード,年,月,年度,部署の区分,"));
        Assert.That(lines.Single(l => l.StartsWith("E7000,D100,", StringComparison.Ordinal) && l.Contains(",1か月の上限,", StringComparison.Ordinal)),
            Does.Contain(",通常の部署,いいえ,いいえ,50,はい,").And.EndWith(",1か月の上限,50,45,はい,-5"));
        Assert.That(string.Join("\n", lines), Does.Not.Contain("True").And.Not.Contain("Standard").And.Not.Contain(",month,"));
    }

    [Test]
    public async Task The_limits_csv_speaks_english_when_asked_and_a_link_with_format_csv_gets_it_too()
    {
        await WorkWeekendsAsync("E7000", 8); // 50 h: over 45

        var english = await InRole(Roles.PersonnelOfficer).SendAsync(Csv.Get($"/api/v1/overtime/limits?{Month}", "en"));
        var link = await InRole(Roles.PersonnelOfficer).GetAsync($"/api/v1/overtime/limits?{Month}&format=csv");
        using var json = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/overtime/limits?{Month}");
        json.Headers.Accept.ParseAdd("application/json, text/csv;q=0.5");
        var preferJson = await InRole(Roles.PersonnelOfficer).SendAsync(json);
        var jsonDespiteAccept = await InRole(Roles.PersonnelOfficer).SendAsync(Csv.Get($"/api/v1/overtime/limits?{Month}&format=json"));

        var lines = await Csv.LinesAsync(english);
        Assert.That(lines[0], Does.StartWith("Employee ID,Department code,Year,Month,Fiscal year,Department kind,"));
        Assert.That(lines.Single(l => l.StartsWith("E7000,D100,", StringComparison.Ordinal) && l.Contains(",Monthly limit,", StringComparison.Ordinal)),
            Does.Contain(",Standard department,No,No,50,Yes,").And.EndWith(",Monthly limit,50,45,Yes,-5"));
        Assert.That((await Csv.LinesAsync(link))[0], Does.StartWith("職員番号,"));
        Assert.That(preferJson.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(jsonDespiteAccept.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), "format names the choice when both are sent");
    }

    [Test]
    public async Task A_closed_month_keeps_its_evaluation_and_its_excesses_get_analyses_to_complete()
    {
        await WorkWeekendsAsync("E7000", 8); // 50 h
        var nextMonth = MonthStart.AddMonths(1);
        AdvanceTo(nextMonth.AddDays(1), 9, 0);

        var tooEarly = await InRole(Roles.WelfareOfficer).PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = nextMonth.Year, month = nextMonth.Month });
        var closed = await InRole(Roles.WelfareOfficer).PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = MonthStart.Year, month = MonthStart.Month });
        var again = await InRole(Roles.WelfareOfficer).PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = MonthStart.Year, month = MonthStart.Month });
        var byHead = await Head().PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = MonthStart.Year, month = MonthStart.Month });
        var close = await closed.Content.ReadFromJsonAsync<JsonElement>();

        // A record arriving after the close does not rewrite the kept evaluation.
        await RecordAsync("E7000", Weekday(5), "08:30", "20:15");
        var kept = await Employee("E7000").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/me/limits?{Month}");

        var analyses = await Head().GetFromJsonAsync<JsonElement>("/api/v1/overtime/excess-analyses?department=D100");
        var id = analyses.GetProperty("items")[0].GetProperty("id").GetGuid();
        var countermeasuresFirst = await InRole(Roles.PersonnelOfficer).PutAsJsonAsync($"/api/v1/overtime/excess-analyses/{id}/countermeasures", new { countermeasures = "増員" });
        var analysed = await Head().PutAsJsonAsync($"/api/v1/overtime/excess-analyses/{id}/analysis",
            new { workSummary = "週末の選挙事務", whyUnavoidable = "他係も同時期に繁忙で応援不可", analysis = "選挙事務の分担見直しが必要" });
        var byWelfareOfficer = await InRole(Roles.WelfareOfficer).PutAsJsonAsync($"/api/v1/overtime/excess-analyses/{id}/countermeasures", new { countermeasures = "x" });
        var countermeasures = await InRole(Roles.PersonnelOfficer).PutAsJsonAsync($"/api/v1/overtime/excess-analyses/{id}/countermeasures",
            new { countermeasures = "次年度から選挙事務の応援体制を全庁で編成する" });
        var done = await countermeasures.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(tooEarly.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.OK), close.ToString());
        Assert.That(close.GetProperty("overALimit").GetInt32(), Is.EqualTo(1));
        Assert.That(close.GetProperty("analysesOpened").GetInt32(), Is.EqualTo(1));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(byHead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(kept.GetProperty("closed").GetBoolean(), Is.True);
        Assert.That(kept.GetProperty("overtimeHours").GetDouble(), Is.EqualTo(50));
        Assert.That(countermeasuresFirst.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(analysed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(byWelfareOfficer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("Closed"));
    }

    [Test]
    public async Task The_analysis_sheet_prints_items_one_to_five_on_A4_for_the_head_and_the_officers_only()
    {
        await WorkWeekendsAsync("E7000", 8); // 50 h
        AdvanceTo(MonthStart.AddMonths(1).AddDays(1), 9, 0);
        (await InRole(Roles.WelfareOfficer).PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = MonthStart.Year, month = MonthStart.Month })).EnsureSuccessStatusCode();
        var id = (await Head().GetFromJsonAsync<JsonElement>("/api/v1/overtime/excess-analyses?department=D100")).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await Head().PutAsJsonAsync($"/api/v1/overtime/excess-analyses/{id}/analysis",
            new { workSummary = "週末の選挙事務", whyUnavoidable = "他係も同時期に繁忙で応援不可", analysis = "選挙事務の分担見直しが必要" })).EnsureSuccessStatusCode();

        var sheet = await Head().GetAsync($"/api/v1/overtime/excess-analyses/{id}/sheet");
        var html = await sheet.Content.ReadAsStringAsync();
        var byOfficer = await InRole(Roles.WelfareOfficer).GetAsync($"/api/v1/overtime/excess-analyses/{id}/sheet");
        var byEmployee = await Employee("E7000").GetAsync($"/api/v1/overtime/excess-analyses/{id}/sheet");
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/overtime/excess-analyses/{id}/sheet");
        csvRequest.Headers.Add("Accept", "text/csv");
        var csv = await Head().SendAsync(csvRequest);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var rendered = await Chromium.RenderAsync(new Dictionary<string, string> { ["overtime-excess-analysis-sheet.html"] = html });

        Assert.That(sheet.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("① 所属部署").And.Contain("総務課").And.Contain("⑤ 人員配置又は業務分担の見直し等によっても回避できなかった理由")
            .And.Contain("他係も同時期に繁忙で応援不可").And.Contain("50時間").And.Contain("試験 花子（シケン ハナコ）").And.Contain("1か月の上限").And.Contain("令和"));
        Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(lines, Has.Length.EqualTo(2), "one header and one line, to collect sheets in a spreadsheet");
        Assert.That(lines[0], Does.StartWith("① 所属部署,② 氏名,職員番号,対象月"));
        Assert.That(rendered["overtime-excess-analysis-sheet.html"].Problems, Is.Empty);
        Assert.That(rendered["overtime-excess-analysis-sheet.html"].Pages, Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'excess-analysis.sheet.read' AND outcome = 'Denied'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Analyses_past_their_due_date_are_listed_as_overdue()
    {
        await WorkWeekendsAsync("E7000", 8);
        AdvanceTo(MonthStart.AddMonths(1).AddDays(1), 9, 0);
        (await InRole(Roles.WelfareOfficer).PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = MonthStart.Year, month = MonthStart.Month })).EnsureSuccessStatusCode();
        var analysis = (await InRole(Roles.WelfareOfficer).GetFromJsonAsync<JsonElement>("/api/v1/overtime/excess-analyses")).GetProperty("items")[0];
        var due = DateOnly.Parse(analysis.GetProperty("dueOn").GetString()!);

        var notYet = await InRole(Roles.WelfareOfficer).GetFromJsonAsync<JsonElement>("/api/v1/overtime/excess-analyses?overdue=true");
        AdvanceTo(due.AddDays(1), 9, 0);
        var overdue = await InRole(Roles.WelfareOfficer).GetFromJsonAsync<JsonElement>("/api/v1/overtime/excess-analyses?overdue=true");
        var byEmployee = await Employee("E7000").GetAsync("/api/v1/overtime/excess-analyses");

        Assert.That(notYet.GetProperty("totalCount").GetInt64(), Is.Zero);
        Assert.That(overdue.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
        Assert.That(overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean(), Is.True);
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_excess_analysis_follows_the_version_rules_and_its_view_which_changes_with_the_day_answers_no_304()
    {
        await WorkWeekendsAsync("E7000", 8); // 50 h
        AdvanceTo(MonthStart.AddMonths(1).AddDays(1), 9, 0);
        (await InRole(Roles.WelfareOfficer).PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = MonthStart.Year, month = MonthStart.Month })).EnsureSuccessStatusCode();
        var id = (await Head().GetFromJsonAsync<JsonElement>("/api/v1/overtime/excess-analyses?department=D100")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var analysis = new { workSummary = "週末の選挙事務", whyUnavoidable = "他係も同時期に繁忙で応援不可", analysis = "選挙事務の分担見直しが必要" };

        await VersionRules.AssertAsync(Head(), $"/api/v1/overtime/excess-analyses/{id}",
            tag => Head().SendJsonAsync(HttpMethod.Put, $"/api/v1/overtime/excess-analyses/{id}/analysis", analysis, tag), answersNotModified: false);
    }
}
