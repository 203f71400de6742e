using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Welfare.IntegrationTests.Browser;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.StressCheck;

public sealed class ResultTests : StressCheckTest
{
    private Guid _campaign;

    [SetUp]
    public async Task SeedAsync()
    {
        await SeedDirectoryAsync();
        _campaign = await OpenCampaignAsync(departments: ["D100"]);
    }

    [Test]
    public async Task A_target_submits_and_reads_the_result_whose_first_read_is_the_notification()
    {
        var submitted = await SubmitAsync(_campaign, "E5001", AnswersOf(3));
        Clock.Advance(TimeSpan.FromMinutes(5));
        var firstRead = Clock.GetUtcNow();

        var result = await Employee("E5001").GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{_campaign}/my/result");
        Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await Employee("E5001").GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result");

        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(result.GetProperty("domainA").GetInt32(), Is.EqualTo(40));
        Assert.That(result.GetProperty("domainB").GetInt32(), Is.EqualTo(84));
        Assert.That(result.GetProperty("domainC").GetInt32(), Is.EqualTo(27));
        Assert.That(result.GetProperty("highStress").GetBoolean(), Is.True);
        Assert.That(result.GetProperty("interviewOffer").GetString(), Does.Contain("面接指導"));
        Assert.That(result.GetProperty("scales").GetArrayLength(), Is.EqualTo(19));
        Assert.That(result.GetProperty("notifiedAt").GetDateTimeOffset(), Is.EqualTo(firstRead));
        Assert.That((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notifiedAt").GetDateTimeOffset(), Is.EqualTo(firstRead));
        Assert.That(again.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE action = 'result.read' AND actor_id = 'E5001'"), Is.EqualTo(2));
    }

    [Test]
    public async Task The_scoring_uses_the_sex_from_the_directory()
    {
        var id = await OpenConversionCampaignAsync();
        await SubmitAsync(id, "E5001", AnswersOf(2));
        await SubmitAsync(id, "E5000", AnswersOf(2));

        var male = await Employee("E5001").GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{id}/my/result");
        var female = await Employee("E5000").GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{id}/my/result");

        Assert.That((male.GetProperty("domainA").GetInt32(), male.GetProperty("domainB").GetInt32()), Is.EqualTo((24, 17)));
        Assert.That((female.GetProperty("domainA").GetInt32(), female.GetProperty("domainB").GetInt32()), Is.EqualTo((23, 18)));
    }

    [Test]
    public async Task A_correction_replaces_the_result_and_keeps_the_history()
    {
        await SubmitAsync(_campaign, "E5000", AnswersOf(4));
        var second = await SubmitAsync(_campaign, "E5000", AnswersOf(1));

        var result = await Employee("E5000").GetFromJsonAsync<JsonElement>($"/api/v1/stress-check/campaigns/{_campaign}/my/result");

        Assert.That((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("submissionNumber").GetInt32(), Is.EqualTo(2));
        Assert.That(result.GetProperty("highStress").GetBoolean(), Is.False);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM stress_check.submissions WHERE employee_id = 'E5000'"), Is.EqualTo(2));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM stress_check.submissions WHERE employee_id = 'E5000' AND is_latest"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_radar_chart_is_an_SVG_labelled_in_Japanese()
    {
        await SubmitAsync(_campaign, "E5002", AnswersOf(2));

        var response = await Employee("E5002").GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result/chart.svg");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo($"stress-check-result-{_campaign}.svg"), "a download, as documented");
        Assert.That(System.Xml.Linq.XDocument.Parse(svg).Root!.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(svg, Does.Contain("活気").And.Contain("上司からのサポート").And.Contain("<polygon"));
    }

    [Test]
    public async Task Every_label_of_the_radar_chart_fits_its_canvas_in_Chromium()
    {
        await SubmitAsync(_campaign, "E5002", AnswersOf(2));

        var svg = await Employee("E5002").GetStringAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result/chart.svg");
        var rendered = await Chromium.RenderAsync(new Dictionary<string, string> { ["stress-check-radar-chart.svg"] = svg });

        Assert.That(rendered["stress-check-radar-chart.svg"].Problems, Is.Empty);
    }

    [Test]
    public async Task The_result_notice_prints_on_A4_in_Japanese_with_the_chart_and_nothing_cut()
    {
        await SubmitAsync(_campaign, "E5002", AnswersOf(3));

        var response = await Employee("E5002").GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result/notice");
        var html = await response.Content.ReadAsStringAsync();
        var rendered = await Chromium.RenderAsync(new Dictionary<string, string> { ["stress-check-result-notice.html"] = html });

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("ストレスチェック結果のお知らせ").And.Contain("令和").And.Contain("<svg").And.Contain("高ストレス者に該当します")
            .And.Contain("試験 花子（シケン ハナコ）"));
        Assert.That(rendered["stress-check-result-notice.html"].Problems, Is.Empty);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'result.notice.read' AND actor_id = 'E5002'"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_result_notice_has_a_CSV_twin_of_its_scales()
    {
        await SubmitAsync(_campaign, "E5002", AnswersOf(1));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/stress-check/campaigns/{_campaign}/my/result/notice");
        request.Headers.Add("Accept", "text/csv");

        var response = await Employee("E5002").SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(lines, Has.Length.EqualTo(20), "a header and one line per scale");
        Assert.That(lines[0], Does.StartWith("通知日,所属,職員番号,氏名,受検日時,評価方法").And.EndWith("領域,尺度,評価点"));
    }

    [Test]
    public async Task The_radar_chart_loads_nothing_cannot_be_framed_and_is_compressed_on_request()
    {
        await SubmitAsync(_campaign, "E5002", AnswersOf(2));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/stress-check/campaigns/{_campaign}/my/result/chart.svg");
        request.Headers.Add("Accept-Encoding", "gzip");

        var response = await Employee("E5002").SendAsync(request);
        using var reader = new StreamReader(new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress), Encoding.UTF8);
        var svg = await reader.ReadToEndAsync();

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        ContentSecurityPolicy.AssertLocksDown(response);
        Assert.That(ContentSecurityPolicy.Of(response).Keys, Is.EquivalentTo(new[] { "default-src", "base-uri", "form-action", "frame-ancestors" }),
            "the chart draws with presentation attributes only: it needs no style or font source");
        var root = System.Xml.Linq.XDocument.Parse(svg).Root!;
        Assert.That(root.Descendants().Select(e => e.Name.LocalName), Does.Not.Contain("style").And.Not.Contain("script").And.Not.Contain("image"));
        Assert.That(root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName), Does.Not.Contain("style").And.Not.Contain("href"));
    }

    [TestCase(56, 2, "answers")]
    [TestCase(57, 5, "answers[0]")]
    [TestCase(57, 0, "answers[0]")]
    public async Task Wrong_answers_are_refused_and_nothing_is_stored(int count, int value, string field)
    {
        var response = await SubmitAsync(_campaign, "E5000", Enumerable.Repeat(value, count).ToArray(), "en");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemAsync(response)).GetProperty("errors").TryGetProperty(field, out _), Is.True);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM stress_check.submissions"), Is.Zero);
    }

    [Test]
    public async Task Someone_who_is_not_a_target_cannot_submit_and_learns_nothing()
    {
        var response = await SubmitAsync(_campaign, "E5004", AnswersOf(2));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'stress-check.submit' AND outcome = 'Denied'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Answers_outside_the_campaign_period_are_refused()
    {
        var later = await OpenCampaignAsync(Today.AddDays(10));

        var response = await SubmitAsync(later, "E5000", AnswersOf(2), "en");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(response)).GetProperty("code").GetString(), Is.EqualTo("stress-check.campaign-not-accepting"));
    }

    [Test]
    public async Task Consent_is_possible_only_after_notification_and_can_be_withdrawn()
    {
        await SubmitAsync(_campaign, "E5003", AnswersOf(2));
        var employee = Employee("E5003", "D100", "en");
        var consentUrl = $"/api/v1/stress-check/campaigns/{_campaign}/my/consent";

        var tooEarly = await employee.PutAsync(consentUrl, null);
        await employee.GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result");
        var given = await employee.PutAsync(consentUrl, null);
        var withdrawn = await employee.DeleteAsync(consentUrl);

        Assert.That(tooEarly.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await ProblemAsync(tooEarly);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("stress-check.result-not-yet-notified"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("only after you have received your result"));
        Assert.That(given.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var consent = await given.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(consent.GetProperty("scope").GetString(), Is.EqualTo("FullResult"));
        Assert.That(consent.GetProperty("source").GetString(), Is.EqualTo("Explicit"));
        Assert.That((await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("withdrawnAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM stress_check.result_consents WHERE withdrawn_at IS NULL"), Is.Zero);
    }

    [Test]
    public async Task Nobody_reads_a_result_through_the_employees_own_routes_but_the_employee()
    {
        await SubmitAsync(_campaign, "E5000", AnswersOf(2));

        var colleague = await Employee("E5001").GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result");

        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static async Task<Guid> OpenConversionCampaignAsync()
    {
        var response = await WelfareOfficer().PostAsJsonAsync("/api/v1/stress-check/campaigns", new
        {
            fiscalYear = 2026,
            opensOn = Today.ToString("yyyy-MM-dd"),
            closesOn = Today.AddDays(30).ToString("yyyy-MM-dd"),
            criteria = new { method = "ConversionTable", stressReaction = 12, factorsAndSupport = 26, stressReactionWithFactors = 17 },
            consentScope = "HighStressOnly",
            committeeDecisionReference = "衛生委員会 2026-03-10 第3号",
        });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{id}/implementers", new { physicians = new[] { Physician } })).EnsureSuccessStatusCode();
        (await WelfareOfficer().PostAsync($"/api/v1/stress-check/campaigns/{id}/open", null)).EnsureSuccessStatusCode();
        return id;
    }
}
