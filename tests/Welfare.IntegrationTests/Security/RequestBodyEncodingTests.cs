using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
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
/// Uploads may be sent gzip-encoded (Content-Encoding: gzip): the body is decoded as it is read and the
/// byte bounds (Imports:*:MaxBytes, the certificate's and the global limit) hold for the decoded size, so a
/// small zip bomb gets 413 and stores nothing. Any other encoding, and gzip on a body that is not an
/// upload, is refused with 415 before anything reads the body.
/// </summary>
public sealed class RequestBodyEncodingTests : ApiTest
{
    private const int MaxBytes = 4096;

    private static HttpClient Personnel(WelfareApiFactory? factory = null) => ClientOf(factory, "SYS-PERSONNEL", Roles.PersonnelSystem);

    private static HttpClient Attendance(WelfareApiFactory? factory = null) => ClientOf(factory, "SYS-ATTENDANCE", Roles.AttendanceSystem);

    private static HttpClient ClientOf(WelfareApiFactory? factory, string subject, string role)
    {
        var client = (factory ?? Factory).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenFor(subject, "D900", [role]));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private static byte[] Gzip(string text)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return compressed.ToArray();
    }

    private static ByteArrayContent Encoded(byte[] body, string contentType, string? contentEncoding)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (contentEncoding is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Encoding", contentEncoding);
        }

        return content;
    }

    private static ByteArrayContent Gzipped(string text, string contentType) => Encoded(Gzip(text), contentType, "gzip");

    private static string Employees(params string[] ids) =>
        JsonSerializer.Serialize(ids.Select(id => new SeedEmployee(id, "D100").ToRow()));

    private static string RecordLines(DateOnly day, int count) => string.Join('\n', Enumerable.Range(0, count).Select(i =>
    {
        var date = day.AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""{"employeeId":"E0001","source":"TimeCard","externalId":"L{{i}}","workDate":"{{date}}","startedAt":"{{date}}T09:00:00+09:00","endedAt":"{{date}}T18:00:00+09:00"}""";
    }));

    private static async Task SeedOneEmployeeAsync(WelfareApiFactory factory)
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(Personnel(factory));
        await OrganisationSeed.EmployeesAsync(Personnel(factory), "2020-04-01", new SeedEmployee("E0001", "D100"));
        foreach (var relay in factory.Services.GetServices<IOutboxRelay>())
        {
            await relay.ProcessOnceAsync();
        }
    }

    [Test]
    public async Task Gzip_encoded_uploads_are_decoded_and_stored()
    {
        await SeedOneEmployeeAsync(Factory);
        var day = JapanTime.Today(Clock).AddDays(-10);

        var employees = await Personnel().PostAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            Gzipped(Employees("E0002", "E0003"), "application/json"));
        var csv = await Personnel().PostAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            Gzipped("employeeId,nameKanji,nameKana,sex,gradeCode,employmentType,appointingAuthority,departmentCode,joinedOn\n" +
                    "E0004,試験 花子,シケン ハナコ,Female,G1,Regular,Governor,D100,2020-04-01\n", "text/csv; charset=utf-8"));
        var records = await Attendance().PostAsync("/api/v1/overtime/imports/records", Gzipped(RecordLines(day, 3), "application/x-ndjson"));
        var leaveCases = await Personnel().PostAsync("/api/v1/return-to-work/imports/leave-cases", Gzipped(
            """{"rows":[{"employeeId":"E0001","kind":"LongSickLeave","startedOn":"2026-03-01","reference":"R1"}]}""", "application/json"));

        Assert.That(employees.StatusCode, Is.EqualTo(HttpStatusCode.Created), await employees.Content.ReadAsStringAsync());
        Assert.That((await employees.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rejected").GetInt32(), Is.Zero);
        Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.Created), await csv.Content.ReadAsStringAsync());
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(4));
        Assert.That(records.StatusCode, Is.EqualTo(HttpStatusCode.Created), await records.Content.ReadAsStringAsync());
        Assert.That((await records.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt64(), Is.EqualTo(3));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records"), Is.EqualTo(3));
        Assert.That(leaveCases.StatusCode, Is.EqualTo(HttpStatusCode.OK), await leaveCases.Content.ReadAsStringAsync());
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM return_to_work.leave_cases"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_gzip_body_that_decodes_past_the_bound_is_refused_with_413_and_stores_nothing()
    {
        await using var factory = new WelfareApiFactory(TestDatabase.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Imports:Directory:MaxBytes"] = $"{MaxBytes}", ["Imports:WorkingTime:MaxBytes"] = $"{MaxBytes}", ["Imports:LeaveCases:MaxBytes"] = $"{MaxBytes}",
        });
        await SeedOneEmployeeAsync(factory);
        var employeesBefore = await ScalarAsync<long>("SELECT count(*) FROM organisation.employees");
        var importsBefore = await ScalarAsync<long>("SELECT count(*) FROM organisation.imports");
        // Valid bodies of a few hundred bytes on the wire that decode to a megabyte (whitespace is valid JSON and NDJSON padding).
        var padding = new string(' ', 1024 * 1024);
        var day = JapanTime.Today(factory.Clock).AddDays(-10);

        var employees = await Personnel(factory).PostAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            Gzipped(Employees("E0002") + padding, "application/json"));
        var records = await Attendance(factory).PostAsync("/api/v1/overtime/imports/records",
            Gzipped(RecordLines(day, 2) + padding, "application/x-ndjson"));
        var leaveCases = await Personnel(factory).PostAsync("/api/v1/return-to-work/imports/leave-cases", Gzipped(
            """{"rows":[{"employeeId":"E0001","kind":"LongSickLeave","startedOn":"2026-03-01","reference":"R1"}]}""" + padding, "application/json"));

        foreach (var response in new[] { employees, records, leaveCases })
        {
            Assert.That(response.RequestMessage!.Content!.Headers.ContentLength, Is.LessThan(MaxBytes), "the encoded body is within the bound");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), response.RequestMessage.RequestUri!.AbsolutePath);
            Assert.That((await ProblemAsync(response)).GetProperty("status").GetInt32(), Is.EqualTo(413));
        }

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(employeesBefore));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.imports"), Is.EqualTo(importsBefore), "no import report");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records"), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.record_imports"), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM return_to_work.leave_cases"), Is.Zero);
    }

    [Test]
    public async Task A_gzip_bomb_against_the_default_bound_is_refused_with_413()
    {
        // 1 GiB of zeros would be ~1 MiB on the wire; 80 MiB of them (over the 64 MiB directory bound) are 80 KiB.
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 80; i++)
            {
                gzip.Write(zeros);
            }
        }

        var response = await Personnel().PostAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            Encoded(compressed.ToArray(), "text/csv", "gzip"));

        Assert.That(compressed.Length, Is.LessThan(1024 * 1024));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.imports"), Is.Zero);
    }

    [TestCase("br")]
    [TestCase("deflate")]
    [TestCase("x-foo")]
    [TestCase("gzip, br")]
    public async Task Any_other_encoding_of_an_upload_is_refused_with_415_and_stores_nothing(string encoding)
    {
        await SeedOneEmployeeAsync(Factory);
        var body = Encoding.UTF8.GetBytes(Employees("E0002"));

        var response = await Personnel().PostAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            Encoded(body, "application/json", encoding));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((await ProblemAsync(response)).GetProperty("status").GetInt32(), Is.EqualTo(415));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_encoded_body_of_an_ordinary_request_is_refused_with_415()
    {
        var response = await InRole(Roles.PersonnelOfficer, language: "en").PutAsync("/api/v1/organisation/departments/D300",
            Gzipped("""{"name":"試験課","parentDepartmentCode":null,"appointingAuthority":"Governor","effectiveFrom":"2020-04-01","effectiveTo":null}""",
                "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((await ProblemAsync(response)).GetProperty("detail").GetString(), Does.Contain("Content-Encoding"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.departments"), Is.Zero);
    }

    [Test]
    public async Task A_caller_without_a_token_gets_401_before_any_415()
    {
        var response = await Anonymous().PostAsync("/api/v1/organisation/imports/employees", Encoded([1, 2, 3], "application/json", "br"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_body_that_is_not_gzip_although_it_says_so_is_a_400_not_a_500()
    {
        var response = await Personnel().PostAsync("/api/v1/organisation/imports/employees?asOf=2020-04-01",
            Encoded(Encoding.UTF8.GetBytes(Employees("E0002")), "application/json", "gzip"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemAsync(response)).GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.imports"), Is.Zero);
    }
}
