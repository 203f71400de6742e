using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API4: every bulk import is bounded in rows and bytes by configuration (Imports:*:MaxRows,
/// Imports:*:MaxBytes). An upload over a bound is refused as a whole — 413 for bytes, 400 naming the
/// body or its rows for rows — and nothing of it is stored.
/// </summary>
public sealed class ImportLimitsTests : ApiTest
{
    private const int MaxRows = 5;
    private const int MaxBytes = 4096;

    private static WelfareApiFactory Limited() => new(TestDatabase.ConnectionString, settings: new Dictionary<string, string?>
    {
        ["Imports:Directory:MaxRows"] = $"{MaxRows}", ["Imports:Directory:MaxBytes"] = $"{MaxBytes}",
        ["Imports:WorkingTime:MaxRows"] = $"{MaxRows}", ["Imports:WorkingTime:MaxBytes"] = $"{MaxBytes}",
        ["Imports:LeaveCases:MaxRows"] = $"{MaxRows}", ["Imports:LeaveCases:MaxBytes"] = $"{MaxBytes}",
    });

    private static HttpClient Client(WelfareApiFactory factory, string role)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenFor("SYS-" + role, "D900", [role]));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private static object EmployeeRow(int i, string? nameKanji = null) =>
        new SeedEmployee($"E{i:D4}", "D100", NameKanji: nameKanji ?? "試験 花子").ToRow();

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Test]
    public async Task A_directory_import_over_its_rows_or_bytes_is_refused_and_stores_nothing()
    {
        await using var factory = Limited();
        var personnel = Client(factory, Roles.PersonnelSystem);
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        var importsBefore = await ScalarAsync<long>("SELECT count(*) FROM organisation.imports");

        var tooManyRows = await personnel.PostAsJsonAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            Enumerable.Range(1, MaxRows + 1).Select(i => EmployeeRow(i)).ToArray());
        var tooManyBytes = await personnel.PostAsJsonAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            new[] { EmployeeRow(1, new string('名', MaxBytes)) });
        var withinBounds = await personnel.PostAsJsonAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            Enumerable.Range(1, MaxRows).Select(i => EmployeeRow(i)).ToArray());

        Assert.That(tooManyRows.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemOf(tooManyRows)).GetProperty("errors").GetProperty("body")[0].GetString(), Does.Contain($"at most {MaxRows}"));
        Assert.That(tooManyBytes.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await ProblemOf(tooManyBytes)).GetProperty("status").GetInt32(), Is.EqualTo(413));
        Assert.That(withinBounds.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the bounds themselves are accepted");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(MaxRows), "only the accepted import stored employees");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.imports"), Is.EqualTo(importsBefore + 1), "refused imports leave no report");
    }

    [Test]
    public async Task A_working_time_upload_over_its_rows_or_bytes_is_refused_and_stores_nothing()
    {
        await using var factory = Limited();
        var personnel = Client(factory, Roles.PersonnelSystem);
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        await OrganisationSeed.EmployeesAsync(personnel, "2020-04-01", new SeedEmployee("E0001", "D100"));
        foreach (var relay in factory.Services.GetServices<IOutboxRelay>())
        {
            await relay.ProcessOnceAsync();
        }

        var attendance = Client(factory, Roles.AttendanceSystem);
        var day = JapanTime.Today(factory.Clock).AddDays(-10);
        string Lines(int count) => string.Join('\n', Enumerable.Range(0, count).Select(i =>
        {
            var date = day.AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return $$"""{"employeeId":"E0001","source":"TimeCard","externalId":"L{{i}}","workDate":"{{date}}","startedAt":"{{date}}T09:00:00+09:00","endedAt":"{{date}}T18:00:00+09:00"}""";
        }));
        Task<HttpResponseMessage> Upload(string body) =>
            attendance.PostAsync("/api/v1/overtime/imports/records", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        var tooManyRows = await Upload(Lines(MaxRows + 1));
        var tooManyBytes = await Upload(Lines(1) + new string(' ', MaxBytes));
        var rowsAfterRefusals = await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records");
        var reportsAfterRefusals = await ScalarAsync<long>("SELECT count(*) FROM overtime.record_imports");
        var withinBounds = await Upload(Lines(MaxRows));

        Assert.That(tooManyRows.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemOf(tooManyRows)).GetProperty("errors").GetProperty("body")[0].GetString(), Does.Contain($"at most {MaxRows}"));
        Assert.That(tooManyBytes.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await ProblemOf(tooManyBytes)).GetProperty("status").GetInt32(), Is.EqualTo(413));
        Assert.That(rowsAfterRefusals, Is.Zero, "not one line of a refused upload is stored");
        Assert.That(reportsAfterRefusals, Is.Zero);
        Assert.That(withinBounds.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the bounds themselves are accepted");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records"), Is.EqualTo(MaxRows));
    }

    [Test]
    public async Task A_leave_case_batch_over_its_rows_or_bytes_is_refused_and_stores_nothing()
    {
        await using var factory = Limited();
        var personnel = Client(factory, Roles.PersonnelSystem);
        object Row(int i, string reference) => new { employeeId = $"E{i:D4}", kind = "LongSickLeave", startedOn = "2026-03-01", reference };

        var tooManyRows = await personnel.PostAsJsonAsync("/api/v1/return-to-work/imports/leave-cases",
            new { rows = Enumerable.Range(1, MaxRows + 1).Select(i => Row(i, $"R{i}")).ToArray() });
        var tooManyBytes = await personnel.PostAsJsonAsync("/api/v1/return-to-work/imports/leave-cases",
            new { rows = Enumerable.Range(1, MaxRows).Select(i => Row(i, new string('r', 1000))).ToArray() });

        Assert.That(tooManyRows.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemOf(tooManyRows)).GetProperty("errors").GetProperty("rows")[0].GetString(), Does.Contain($"At most {MaxRows}"));
        Assert.That(tooManyBytes.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await ProblemOf(tooManyBytes)).GetProperty("status").GetInt32(), Is.EqualTo(413));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM return_to_work.leave_cases"), Is.Zero);
    }

    [Test]
    public async Task A_directory_row_with_an_over_long_or_non_text_field_is_rejected_by_name_and_the_others_stored()
    {
        var personnel = InRole(Roles.PersonnelSystem, "SYS-PERSONNEL", "D900", "en");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        var body = "[" + string.Join(',',
            JsonSerializer.Serialize(EmployeeRow(1)),
            JsonSerializer.Serialize(EmployeeRow(2, new string('名', 101))),
            JsonSerializer.Serialize(EmployeeRow(3, "試験\u0000花子")),
            JsonSerializer.Serialize(EmployeeRow(4)).Replace("\"E0004\"", "{}", StringComparison.Ordinal),
            // Valid JSON, but half a surrogate pair is not text.
            JsonSerializer.Serialize(EmployeeRow(5, "HALF")).Replace("\"HALF\"", "\"x\\udfff\"", StringComparison.Ordinal)) + "]";

        var response = await personnel.PostAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            new StringContent(body, Encoding.UTF8, "application/json"));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var codes = report.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(report.GetProperty("rejected").GetInt32(), Is.EqualTo(4));
        Assert.That(codes, Does.Contain("organisation.too-long").And.Contain("organisation.invalid-value"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(1));
    }
}
