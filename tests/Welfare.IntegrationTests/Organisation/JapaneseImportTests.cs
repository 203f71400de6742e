using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;

namespace Welfare.IntegrationTests.Organisation;

/// <summary>
/// Files as Japanese personnel systems export them (issue #21): Shift_JIS (CP932), Japanese headers and values,
/// and dates in the Japanese calendar. The example files of docs/examples are imported as they are committed.
/// </summary>
public sealed class JapaneseImportTests : OrganisationTest
{
    private const string Imports = "/api/v1/organisation/imports";

    private static readonly Encoding Cp932 = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    private static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(ContractTests.RepositoryRoot(), "docs", "examples", name));

    private static async Task<HttpResponseMessage> PostAsync(string kind, string query, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await PersonnelSystem("en").PostAsync($"{Imports}/{kind}?{query}", content);
    }

    private static async Task<JsonElement> ImportedAsync(string kind, string query, byte[] body, string contentType)
    {
        var response = await PostAsync(kind, query, body, contentType);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(report.GetProperty("rejections").GetArrayLength(), Is.Zero, report.ToString());
        return report;
    }

    /// <summary>The grades the example employees hold.</summary>
    private static async Task ExampleGradesAsync() =>
        (await PersonnelSystem().PutAsJsonAsync("/api/v1/organisation/grades", new
        {
            grades = new[]
            {
                new { code = "01", name = "主事" }, new { code = "02", name = "主任" }, new { code = "03", name = "係長" },
                new { code = "04", name = "課長補佐" }, new { code = "05", name = "課長" },
            },
        })).EnsureSuccessStatusCode();

    private static Task<string> EmployeeFieldAsync(string column, string employeeId) =>
        ScalarAsync<string>($"SELECT {column}::text FROM organisation.employees WHERE employee_id = '{employeeId}'");

    [TestCase("text/csv; charset=shift_jis")]
    [TestCase("text/csv; charset=Windows-31J")]
    [TestCase("text/csv; charset=\"cp932\"")]
    [TestCase("text/csv; charset=sjis")]
    [TestCase("text/csv")]
    public async Task The_CP932_example_files_import_with_their_Japanese_headers_values_and_dates(string contentType)
    {
        await ExampleGradesAsync();

        var departments = await ImportedAsync("departments", "mode=Full&asOf=2024-04-01", Example("organisation-departments.cp932.csv"), contentType);
        var employees = await ImportedAsync("employees", "mode=Full&asOf=2024-04-01", Example("organisation-employees.cp932.csv"), contentType);

        Assert.That(Count(departments, "inserted"), Is.EqualTo(8));
        Assert.That(Count(employees, "inserted"), Is.EqualTo(6));
        Assert.That(await ScalarAsync<string>("SELECT name FROM organisation.departments WHERE department_code = '110200'"), Is.EqualTo("職員厚生課"));
        Assert.That(await ScalarAsync<string>("SELECT appointing_authority FROM organisation.departments WHERE department_code = '130000'"), Is.EqualTo("FireChief"));
        Assert.That(await ScalarAsync<string>("SELECT effective_from::text FROM organisation.departments WHERE department_code = '110200'"), Is.EqualTo("2019-05-01"), "令和元年5月1日");
        Assert.That(await ScalarAsync<string>("SELECT effective_from::text FROM organisation.departments WHERE department_code = '130100'"), Is.EqualTo("1975-04-01"), "昭和50年4月1日");

        // The CP932-only kanji (髙, an IBM extension) survives: the file was read as CP932, not as JIS X 0208 or UTF-8.
        Assert.That(await EmployeeFieldAsync("name_kanji", "S0004"), Is.EqualTo("見本 髙志"));
        Assert.That(await EmployeeFieldAsync("name_kana", "S0004"), Is.EqualTo("ミホン タカシ"));
        Assert.That(await EmployeeFieldAsync("joined_on", "S0004"), Is.EqualTo("1988-04-01"), "S63.04.01");
        Assert.That(await EmployeeFieldAsync("joined_on", "S0005"), Is.EqualTo("2019-05-01"), "R01.05.01");
        Assert.That(await EmployeeFieldAsync("joined_on", "S0006"), Is.EqualTo("2019-04-01"), "H31.04.01");
        Assert.That(await ScalarAsync<string>("SELECT valid_from::text FROM organisation.assignments WHERE employee_id = 'S0001'"), Is.EqualTo("2024-04-01"), "発令日 R06.04.01");
    }

    [Test]
    public async Task The_UTF8_twin_imports_to_the_same_directory_as_the_CP932_file()
    {
        await ExampleGradesAsync();
        await ImportedAsync("departments", "mode=Full&asOf=2024-04-01", Example("organisation-departments.cp932.csv"), "text/csv");
        await ImportedAsync("employees", "mode=Full&asOf=2024-04-01", Example("organisation-employees.cp932.csv"), "text/csv");

        var withBom = Encoding.UTF8.GetPreamble().Concat(Example("organisation-employees.utf8.csv")).ToArray();
        var twin = await ImportedAsync("employees", "mode=Full&asOf=2024-04-01", withBom, "text/csv; charset=utf-8");
        var twinWithoutCharset = await ImportedAsync("employees", "mode=Full&asOf=2024-04-01", Example("organisation-employees.utf8.csv"), "text/csv");

        Assert.That(Count(twin, "unchanged"), Is.EqualTo(6), "the same facts, so nothing changes");
        Assert.That(Count(twinWithoutCharset, "unchanged"), Is.EqualTo(6));
    }

    [Test]
    public async Task Japanese_values_map_to_the_directorys_values()
    {
        await ExampleGradesAsync();
        await ImportedAsync("departments", "mode=Full&asOf=2024-04-01", Example("organisation-departments.utf8.csv"), "text/csv");

        await ImportedAsync("employees", "mode=Full&asOf=2024-04-01", Example("organisation-employees.utf8.csv"), "text/csv; charset=utf-8");

        var facts = new Dictionary<string, string>();
        foreach (var id in new[] { "S0001", "S0002", "S0003", "S0004", "S0005", "S0006" })
        {
            facts[id] = string.Join(" ", await EmployeeFieldAsync("sex", id), await EmployeeFieldAsync("employment_type", id),
                await EmployeeFieldAsync("appointing_authority", id), await EmployeeFieldAsync("status", id), await EmployeeFieldAsync("grade_code", id));
        }

        Assert.That(facts, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["S0001"] = "Male Regular Mayor Active 05",                 // 男 常勤 市長 在職
            ["S0002"] = "Female Regular Mayor Active 03",               // 女 常勤 市長 在職
            ["S0003"] = "Male FixedTerm Mayor Active 01",               // 会計年度任用
            ["S0004"] = "Male Reappointed Mayor Active 02",             // 再任用
            ["S0005"] = "Female FixedTerm BoardOfEducation OnLeave 02", // 非常勤 教育委員会 休職
            ["S0006"] = "Male Regular FireChief Active 04",             // 消防長
        }));
    }

    [Test]
    public async Task Other_Japanese_headers_values_and_date_forms_are_read_too()
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());
        var csv = "社員番号,漢字氏名,ふりがな,性別,級,任用形態,任命権者,所属,在籍区分,採用年月日,異動日\r\n"
                + "E5000,見本 四郎,みほん しろう,男性,G2,常勤職員,警察本部長,D100,在職中,令和元年5月1日,令和６年４月１日\r\n"
                + "E5001,見本 五子,みほん いつこ,女性,G1,再任用短時間勤務職員,その他,D100,退職,平成31年4月30日,R6/4/1\r\n"
                + "E5002,見本 六郎,みほん ろくろう,2,G1,任期付職員,知事,D100,休職等,2019/4/1,R06-04-01\r\n";

        var report = await ImportedAsync("employees", "mode=Delta&asOf=2024-04-01", Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.That(Count(report, "inserted"), Is.EqualTo(3));
        Assert.That(await EmployeeFieldAsync("appointing_authority", "E5000"), Is.EqualTo("PoliceHeadquarters"));
        Assert.That(await EmployeeFieldAsync("joined_on", "E5000"), Is.EqualTo("2019-05-01"));
        Assert.That(await EmployeeFieldAsync("employment_type", "E5001"), Is.EqualTo("Reappointed"));
        Assert.That(await EmployeeFieldAsync("status", "E5001"), Is.EqualTo("Left"));
        Assert.That(await EmployeeFieldAsync("joined_on", "E5001"), Is.EqualTo("2019-04-30"));
        Assert.That(await EmployeeFieldAsync("sex", "E5002"), Is.EqualTo("Female"), "JIS X 0303: 2 is female");
        Assert.That(await EmployeeFieldAsync("employment_type", "E5002"), Is.EqualTo("FixedTerm"));
        Assert.That(await EmployeeFieldAsync("status", "E5002"), Is.EqualTo("OnLeave"));
        Assert.That(await ScalarAsync<string>("SELECT valid_from::text FROM organisation.assignments WHERE employee_id = 'E5002'"), Is.EqualTo("2024-04-01"));
    }

    [Test]
    public async Task A_day_its_era_does_not_have_and_an_unmapped_value_reject_their_rows_only()
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());
        var csv = "職員番号,氏名,フリガナ,性別,職級,任用区分,任命権者,所属コード,採用日\r\n"
                + "E5100,見本 七郎,ミホン シチロウ,男,G1,常勤,市長,D100,平成31年5月1日\r\n"
                + "E5101,見本 八郎,ミホン ハチロウ,男,G1,育児休業,市長,D100,R6.4.1\r\n"
                + "E5102,見本 九郎,ミホン クロウ,男,G1,常勤,市長,D100,R1.4.30\r\n"
                + "E5103,見本 十郎,ミホン ジュウロウ,男,G1,常勤,市長,D100,R6.4.1\r\n";

        var response = await PostAsync("employees", "mode=Delta&asOf=2024-04-01", Encoding.UTF8.GetBytes(csv), "text/csv");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(Count(report, "inserted"), Is.EqualTo(1));
        var rejections = report.GetProperty("rejections").EnumerateArray()
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("code").GetString());
        Assert.That(rejections, Is.EquivalentTo(new Dictionary<int, string?>
        {
            [2] = "organisation.invalid-date", [3] = "organisation.invalid-value", [4] = "organisation.invalid-date",
        }));
        Assert.That(await EmployeeFieldAsync("joined_on", "E5103"), Is.EqualTo("2024-04-01"));
    }

    [TestCase("text/csv; charset=utf-8", "Line 3 is not UTF-8 text")]
    [TestCase("text/csv", "Line 3 is neither UTF-8 nor Shift_JIS (CP932) text")]
    [TestCase("text/csv; charset=shift_jis", "Line 3 is not Shift_JIS (CP932) text")]
    public async Task A_file_that_does_not_decode_is_refused_whole_naming_the_line(string contentType, string message)
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());
        var employeesBefore = await ScalarAsync<long>("SELECT count(*) FROM organisation.employees");
        var importsBefore = await ScalarAsync<long>("SELECT count(*) FROM organisation.imports");
        var outboxBefore = await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages");
        // Line 2 is good; line 3 holds 0x81 0x20, a CP932 lead byte without its second byte, which is not UTF-8 either.
        var file = Cp932.GetBytes("職員番号,氏名,フリガナ,性別,職級,任用区分,任命権者,所属コード,採用日\r\n"
                                  + "E5200,見本 一子,ミホン イチコ,女,G1,常勤,市長,D100,R6.4.1\r\n")
            .Concat(new byte[] { (byte)'E', (byte)'5', (byte)'2', (byte)'0', (byte)'1', (byte)',', 0x81, 0x20, (byte)'\r', (byte)'\n' })
            .ToArray();
        if (contentType.EndsWith("utf-8", StringComparison.Ordinal))
        {
            // The same refusal for a UTF-8 file: the first two lines are good UTF-8 here.
            file = Encoding.UTF8.GetBytes("職員番号,氏名,フリガナ,性別,職級,任用区分,任命権者,所属コード,採用日\r\n"
                                          + "E5200,見本 一子,ミホン イチコ,女,G1,常勤,市長,D100,R6.4.1\r\n")
                .Concat(new byte[] { (byte)'E', (byte)'5', (byte)'2', (byte)'0', (byte)'1', (byte)',', 0xE8, 0x28, (byte)'\r', (byte)'\n' })
                .ToArray();
        }

        var response = await PostAsync("employees", "mode=Delta&asOf=2024-04-01", file, contentType);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("errors").GetProperty("body")[0].GetString(), Does.StartWith(message));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(employeesBefore), "the good line 2 is not stored either");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.imports"), Is.EqualTo(importsBefore));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages"), Is.EqualTo(outboxBefore));
    }

    [Test]
    public async Task A_CP932_file_sent_as_UTF8_is_refused_at_its_Japanese_header()
    {
        var response = await PostAsync("departments", "mode=Delta&asOf=2024-04-01", Example("organisation-departments.cp932.csv"), "text/csv; charset=utf-8");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemAsync(response)).GetProperty("errors").GetProperty("body")[0].GetString(), Does.StartWith("Line 1 is not UTF-8 text"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.departments"), Is.Zero);
    }

    [TestCase("employees", "text/csv; charset=iso-8859-1")]
    [TestCase("employees", "text/csv; charset=euc-jp")]
    [TestCase("departments", "text/csv; charset=utf-16")]
    [TestCase("departments", "application/json; charset=shift_jis")]
    public async Task A_charset_the_import_does_not_read_answers_415(string kind, string contentType)
    {
        var response = await PostAsync(kind, "mode=Delta&asOf=2024-04-01", Example($"organisation-{kind}.utf8.csv"), contentType);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        await ProblemAsync(response);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.imports"), Is.Zero);
    }

    [Test]
    public async Task The_contract_lists_every_header_and_Japanese_value_the_import_reads()
    {
        var document = JsonDocument.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var body = document.GetProperty("paths").GetProperty("/api/v1/organisation/imports/employees").GetProperty("post")
            .GetProperty("requestBody").GetProperty("description").GetString();

        Assert.That(body, Does.Contain("| `nameKana` | 氏名カナ, フリガナ,"));
        Assert.That(body, Does.Contain("`Regular`: 常勤"));
        Assert.That(body, Does.Contain("`OnLeave`: 休職"));
        Assert.That(body, Does.Contain("`Mayor`: 市長"));
        Assert.That(body, Does.Contain("`windows-31j`"));
        Assert.That(body, Does.Contain("令和元年5月1日"));
    }
}
