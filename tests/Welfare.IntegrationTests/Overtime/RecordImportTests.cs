using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

public sealed class RecordImportTests : OvertimeTest
{
    private static string Line(string employeeId, string externalId, DateOnly day, string start, string end, string source = "IcCard") =>
        JsonSerializer.Serialize(new { employeeId, source, externalId, workDate = day.ToString("yyyy-MM-dd"), startedAt = Jst(day, start), endedAt = Jst(day, end) });

    private static Task<HttpResponseMessage> UploadAsync(string body, string contentType, HttpClient? client = null) =>
        (client ?? Attendance()).PostAsync("/api/v1/overtime/imports/records", new StringContent(body, Encoding.UTF8, contentType));

    [Test]
    public async Task A_half_bad_upload_stores_its_good_lines_and_reports_every_other_line_with_its_reason()
    {
        var (d1, d2, d3) = (Weekday(0), Weekday(1), Weekday(2));
        await RecordAsync("E7000", d3, "08:30", "18:00", source: "IcCard", externalId: "ic-stored");
        var body = string.Join('\n',
            Line("E7000", "ic-1", d1, "08:20", "19:00"),                 // 1 good
            Line("E7001", "ic-2", d1, "08:25", "17:30"),                 // 2 good
            Line("E7000", "ic-stored", d3, "08:30", "18:00"),            // 3 duplicate of a stored record
            Line("E7000", "ic-1", d1, "08:20", "19:00"),                 // 4 duplicate within the file
            Line("E9999", "ic-3", d1, "08:30", "17:15"),                 // 5 not in the directory
            Line("E7000", "ic-4", d2, "19:00", "08:00"),                 // 6 reversed
            Line("E7000", "ic-5", d1, "18:00", "20:00"),                 // 7 overlaps line 1
            "{\"employeeId\": \"E7000\", oops",                          // 8 not JSON
            Line("E7000", "ic-6", d3, "17:00", "19:00"),                 // 9 overlaps the stored record
            Line("E7001", "ic-7", d2, "08:30", "17:15", source: "Fax"),  // 10 unknown source
            Line("E7001", "ic-8", d2, "08:30", "21:00"));                // 11 good

        var response = await UploadAsync(body, "application/x-ndjson");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), report.ToString());
        var rejections = report.GetProperty("rejections").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("code").GetString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), report.ToString());
        Assert.That(report.GetProperty("rows").GetInt64(), Is.EqualTo(11));
        Assert.That(report.GetProperty("accepted").GetInt64(), Is.EqualTo(3));
        Assert.That(report.GetProperty("duplicates").GetInt64(), Is.EqualTo(2));
        Assert.That(report.GetProperty("duplicateLines").EnumerateArray().Select(l => l.GetInt32()), Is.EqualTo(new[] { 3, 4 }));
        Assert.That(report.GetProperty("rejected").GetInt64(), Is.EqualTo(6));
        Assert.That(rejections, Is.EqualTo(new Dictionary<int, string?>
        {
            [5] = "overtime.employee-not-in-directory", [6] = "overtime.record-reversed", [7] = "overtime.record-overlaps", [8] = "overtime.invalid-json", [9] = "overtime.record-overlaps", [10] = "overtime.invalid-source",
        }));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records"), Is.EqualTo(4));
        Assert.That((await Head().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/employees/E7000/days?from={d1:yyyy-MM-dd}&to={d1:yyyy-MM-dd}"))[0]
            .GetProperty("overtimeHours").GetDouble(), Is.EqualTo(1.92), "8:20–19:00: 10 min before and 1 h 45 after the day");
    }

    [Test]
    public async Task Uploading_the_same_file_twice_stores_it_once_and_the_report_can_be_read_back()
    {
        var body = string.Join("\r\n", Line("E7000", "ic-1", Weekday(0), "08:30", "18:00"), Line("E7001", "ic-2", Weekday(0), "08:30", "18:00"));

        var first = await (await UploadAsync(body, "application/x-ndjson")).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await UploadAsync(body, "application/x-ndjson")).Content.ReadFromJsonAsync<JsonElement>();
        var readBack = await Attendance().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/imports/records/{second.GetProperty("id").GetGuid()}");
        var byEmployee = await Employee("E7000").GetAsync($"/api/v1/overtime/imports/records/{second.GetProperty("id").GetGuid()}");

        Assert.That(first.GetProperty("accepted").GetInt64(), Is.EqualTo(2));
        Assert.That(second.GetProperty("accepted").GetInt64(), Is.Zero);
        Assert.That(second.GetProperty("duplicates").GetInt64(), Is.EqualTo(2));
        Assert.That(readBack.GetProperty("duplicateLines").GetArrayLength(), Is.EqualTo(2));
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records"), Is.EqualTo(2));
    }

    [Test]
    public async Task A_report_stored_before_codes_had_a_scope_reads_back_with_scoped_codes()
    {
        var report = await (await UploadAsync(Line("E9999", "ic-1", Weekday(0), "08:30", "17:15"), "application/x-ndjson")).Content.ReadFromJsonAsync<JsonElement>();
        var id = report.GetProperty("id").GetGuid();
        await ExecuteAsync("UPDATE overtime.record_imports SET rejections = replace(rejections::text, 'overtime.employee-not-in-directory', 'employee-not-in-directory')::jsonb");

        await ExecuteAsync(Welfare.Modules.Overtime.Infrastructure.Persistence.Migrations.ScopedProblemCodes.ScopeCodes);

        var stored = await Attendance().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/imports/records/{id}");
        Assert.That(stored.GetProperty("rejections")[0].GetProperty("code").GetString(), Is.EqualTo("overtime.employee-not-in-directory"));
    }

    [Test]
    public async Task Csv_with_japanese_headers_and_quoted_fields_is_read_line_by_line()
    {
        var day = Weekday(1);
        var csv = "\uFEFF職員番号,種別,外部ID,勤務日,開始,終了\r\n" +
                  $"E7000,TimeCard,\"tc,1\",{day:yyyy-MM-dd},{Jst(day, "08:30")},{Jst(day, "18:15")}\r\n" +
                  $"E7001,TimeCard,tc-2,{day:yyyy-MM-dd},not-a-time,{Jst(day, "18:15")}\r\n" +
                  $"E7001,TimeCard,tc-3,{day:yyyy-MM-dd}\r\n";

        var report = await (await UploadAsync(csv, "text/csv")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(report.GetProperty("accepted").GetInt64(), Is.EqualTo(1));
        Assert.That(report.GetProperty("rejections").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("code").GetString())),
            Is.EqualTo(new[] { (3, "overtime.invalid-timestamp"), (4, "overtime.column-count") }));
        Assert.That(await ScalarAsync<string>("SELECT external_id FROM overtime.working_time_records"), Is.EqualTo("tc,1"));
    }

    [Test]
    public async Task Only_attendance_systems_upload_and_only_ndjson_or_csv()
    {
        var body = Line("E7000", "ic-1", Weekday(0), "08:30", "18:00");

        var json = await UploadAsync($"[{body}]", "application/json");
        var byOfficer = await UploadAsync(body, "application/x-ndjson", InRole(Roles.WelfareOfficer));
        var byEmployee = await UploadAsync(body, "application/x-ndjson", Employee("E7000"));
        var badHeader = await UploadAsync("who,when\r\nE7000,today\r\n", "text/csv");

        Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(badHeader.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.working_time_records"), Is.Zero);
    }
}
