using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;

namespace Welfare.IntegrationTests.ReturnToWork;

/// <summary>The numbered forms as printable pages and CSV, for those who see that part of the case.</summary>
public sealed class FormTests : ReturnToWorkTest
{
    [Test]
    public async Task Forms_print_as_html_or_csv_with_the_regulations_fields_for_those_entitled()
    {
        var (id, start) = await RunningCaseAsync();
        MoveTo(start.AddDays(1), 18, 0);
        await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start)));
        await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", new
        {
            date = Iso(start.AddDays(1)), start = "08:30:00", end = "11:30:00", tasks = new[] { "PreparingDocuments" }, taskDetails = "=SUM(A1), \"quoted\"",
            condition = "Fair", remarks = "<b>tired</b>",
        }));

        var plan = await Head().GetAsync($"{Base}/pre-returns/{id}/forms/plan");
        Assert.That(plan.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(plan.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        var page = await plan.Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("第3号様式").And.Contain("プレリターン実施計画書").And.Contain("<td>17:15</td>").And.Contain("<td>14:00</td>"));

        var log = await Officer().GetAsync($"{Base}/pre-returns/{id}/forms/daily-log?format=csv");
        Assert.That(log.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var lines = await Csv.LinesAsync(log);
        Assert.That(lines[0], Is.EqualTo("職員番号,月日,開始時刻,終了時刻,実施内容,作業の詳細,体調,所感,支援担当者確認,支援担当者の報告"));
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[2], Is.EqualTo($"E8000,{JapaneseEra.Format(start.AddDays(1))},08:30,11:30,書類作成,\"'=SUM(A1), \"\"quoted\"\"\",普通,<b>tired</b>,,"));
        var englishLog = await Csv.LinesAsync(await Officer().SendAsync(Csv.Get($"{Base}/pre-returns/{id}/forms/daily-log", "en")));
        Assert.That(englishLog[0], Is.EqualTo("Employee ID,Date,Start,End,Tasks,Task details,Condition,Impressions,Checked by the support officer,Support officer's report"));
        Assert.That(englishLog[2], Is.EqualTo($"E8000,{Iso(start.AddDays(1))},08:30,11:30,Preparing documents,\"'=SUM(A1), \"\"quoted\"\"\",Fair,<b>tired</b>,,"));
        var logPage = await (await Head().GetAsync($"{Base}/pre-returns/{id}/forms/daily-log")).Content.ReadAsStringAsync();
        Assert.That(logPage, Does.Contain("&lt;b&gt;tired&lt;/b&gt;").And.Not.Contain("<b>tired</b>"));

        var notice = await (await Self().GetAsync($"{Base}/pre-returns/{id}/forms/decision-notice")).Content.ReadAsStringAsync();
        Assert.That(notice, Does.Contain("第4号様式").And.Contain("実施する"));

        await AssertProblemAsync(await Officer().GetAsync($"{Base}/pre-returns/{id}/forms/application"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Officer().GetAsync($"{Base}/pre-returns/{id}/forms/certificate"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Welfare().GetAsync($"{Base}/pre-returns/{id}/forms/daily-log"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await OtherHead().GetAsync($"{Base}/pre-returns/{id}/forms/plan"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Head().GetAsync($"{Base}/pre-returns/{id}/forms/result-report"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Head().GetAsync($"{Base}/pre-returns/{id}/forms/form99"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Head().GetAsync($"{Base}/pre-returns/{id}/forms/plan?format=xml"), HttpStatusCode.BadRequest);
        var certificate = await (await Physician().GetAsync($"{Base}/pre-returns/{id}/forms/certificate?format=csv")).Content.ReadAsStringAsync();
        Assert.That(certificate, Does.Contain("application/pdf").And.Contain("試験クリニック"));
    }

    [Test]
    public async Task Form_3_as_csv_has_the_forms_labels_and_the_tasks_by_name_in_the_callers_language()
    {
        var (id, start) = await RunningCaseAsync();

        var japanese = await Csv.LinesAsync(await Head().SendAsync(Csv.Get($"{Base}/pre-returns/{id}/forms/plan")));
        var english = await Csv.LinesAsync(await Head().SendAsync(Csv.Get($"{Base}/pre-returns/{id}/forms/plan", "en")));
        var application = await (await Self().GetAsync($"{Base}/pre-returns/{id}/forms/application")).Content.ReadAsStringAsync();

        Assert.That(japanese[0], Does.StartWith("版,実施期間(開始),実施期間(終了),週数,実施場所,場所変更の理由,実施内容,"));
        Assert.That(japanese[1], Does.Contain($",{JapaneseEra.Format(start)},").And.Contain(",資料の収集及び整理 / パソコンの入力作業,"));
        Assert.That(english[0], Does.StartWith("Version,First day,Last day,Weeks,Place,Why the place changed,Tasks,"));
        Assert.That(english[1], Does.Contain($",{Iso(start)},").And.Contain(",Collecting and organising material / Data entry on a PC,"));
        Assert.That(string.Join("\n", japanese.Concat(english)), Does.Not.Contain("CollectingAndOrganisingMaterial").And.Not.Contain("PcDataEntry"));
        Assert.That(application, Does.Contain("<html lang=\"ja\">").And.Match("<td>(はい|いいえ)</td>"));
        Assert.That(application, Does.Contain("令和").And.Not.Match(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"), "days in the Japanese calendar, times in Japan time");
    }

    [Test]
    public async Task A_printed_form_may_apply_its_own_style_and_nothing_else_and_is_compressed_on_request()
    {
        var id = await AppliedCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Base}/pre-returns/{id}/forms/application");
        request.Headers.Add("Accept-Encoding", "br");

        var form = await Self().SendAsync(request);
        using var reader = new StreamReader(new BrotliStream(await form.Content.ReadAsStreamAsync(), CompressionMode.Decompress), Encoding.UTF8);
        var page = await reader.ReadToEndAsync();

        Assert.That(form.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(form.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        Assert.That(form.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
        ContentSecurityPolicy.AssertLocksDown(form);
        var styles = Regex.Matches(page, "<style>(.*?)</style>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.That(styles, Has.Count.EqualTo(1));
        var hash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(styles[0])))}'";
        var policy = ContentSecurityPolicy.Of(form);
        Assert.That(policy["style-src"], Is.EqualTo(new[] { hash }), "the page's one style block, by its hash; no 'unsafe-inline'");
        Assert.That(policy.Keys, Is.EquivalentTo(new[] { "default-src", "style-src", "base-uri", "form-action", "frame-ancestors" }));
        Assert.That(page, Does.Not.Contain("<script").And.Not.Contain("style=\""));
    }
}
