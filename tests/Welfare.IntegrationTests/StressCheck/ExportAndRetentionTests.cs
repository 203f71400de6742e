using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.StressCheck;

public sealed class ExportAndRetentionTests : StressCheckTest
{
    private Guid _campaign;

    [SetUp]
    public async Task SeedAsync()
    {
        await SeedDirectoryAsync();
        _campaign = await OpenCampaignAsync();
        await SubmitAsync(_campaign, "E5000", AnswersOf(3));
        await SubmitAsync(_campaign, "E5001", AnswersOf(2));
    }

    [Test]
    public async Task The_employer_exports_consented_results_as_Excel_friendly_CSV()
    {
        await Employee("E5000").GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/result");
        await Employee("E5000").PutAsync($"/api/v1/stress-check/campaigns/{_campaign}/my/consent", null);

        var response = await WelfareOfficer().GetAsync($"/api/v1/stress-check/campaigns/{_campaign}/results?format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM, as Excel expects");
        Assert.That(lines[0], Does.StartWith("職員番号,所属コード,開示範囲,高ストレス"));
        Assert.That(lines, Has.Length.EqualTo(2), "only the consented result");
        Assert.That(lines[1], Does.StartWith("E5000,D100,結果全体,該当（面接指導の対象）"));
    }

    [Test]
    public async Task Group_analyses_export_for_the_implementer_and_only_released_ones_for_the_employer()
    {
        var implementer = await InRole(Roles.Physician, Physician).SendAsync(Csv.Get($"/api/v1/stress-check/campaigns/{_campaign}/group-analyses"));
        var employer = await WelfareOfficer().SendAsync(Csv.Get($"/api/v1/stress-check/campaigns/{_campaign}/group-analyses"));
        var employee = await Employee("E5000").SendAsync(Csv.Get($"/api/v1/stress-check/campaigns/{_campaign}/group-analyses"));

        var implementerLines = (await implementer.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(implementerLines[0], Does.Contain("総合健康リスク"));
        Assert.That(implementerLines[1], Does.StartWith("D100,2,いいえ,"));
        Assert.That((await employer.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
        Assert.That(employee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Records_past_five_years_are_purged_and_nothing_younger()
    {
        Clock.Advance(TimeSpan.FromDays(10));
        await SubmitAsync(_campaign, "E5002", AnswersOf(2));
        var firstExpiry = DateOnly.Parse(await ScalarAsync<string>("SELECT min(retain_until)::text FROM stress_check.submissions"), System.Globalization.CultureInfo.InvariantCulture);

        // Another host whose clock is just past the first results' retention, on the same database.
        await using var later = new WelfareApiFactory(TestDatabase.ConnectionString);
        later.Clock.SetUtcNow(new DateTimeOffset(firstExpiry.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var officer = later.CreateClient();
        officer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor("E2001", "D900", [Roles.WelfareOfficer]));

        var dryRun = await officer.PostAsync("/api/v1/stress-check/retention/purge", null);
        var countAfterDryRun = await ScalarAsync<long>("SELECT count(*) FROM stress_check.submissions");
        var purge = await officer.PostAsync("/api/v1/stress-check/retention/purge?dryRun=false", null);

        var report = await dryRun.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(report.GetProperty("dryRun").GetBoolean(), Is.True);
        Assert.That(report.GetProperty("submissions").GetInt32(), Is.EqualTo(2));
        Assert.That(countAfterDryRun, Is.EqualTo(3));
        Assert.That((await purge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("submissions").GetInt32(), Is.EqualTo(2));
        Assert.That(await ScalarAsync<string>("SELECT string_agg(employee_id, ',') FROM stress_check.submissions"), Is.EqualTo("E5002"));
    }

    [TestCase(Roles.Physician)]
    [TestCase(Roles.PersonnelOfficer)]
    public async Task Only_welfare_officers_purge(string role)
    {
        var response = await InRole(role).PostAsync("/api/v1/stress-check/retention/purge?dryRun=false", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
