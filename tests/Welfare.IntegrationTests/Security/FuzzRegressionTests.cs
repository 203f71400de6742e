using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// The defects the contract fuzzer (FuzzTests) found, one check each, so that they stay fixed whatever
/// seed the fuzzer runs with: each was a 500 or an answer the contract did not describe.
/// </summary>
public sealed class FuzzRegressionTests : ApiTest
{
    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        return (await ProblemAsync(response)).GetProperty("errors");
    }

    [Test]
    public async Task Audit_search_takes_instants_with_any_offset()
    {
        var response = await InRole(Roles.Auditor).GetAsync("/api/v1/audit?from=2026-03-18T09%3A00%3A00%2B09%3A00&to=2026-04-13T14%3A00%3A00%2B09%3A00");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_null_item_in_a_list_is_refused_by_its_position()
    {
        var personnel = InRole(Roles.PersonnelSystem, "SYS-PERSONNEL", "D900", "en");

        var errors = await ErrorsOf(await personnel.PutAsync("/api/v1/organisation/grades",
            new StringContent("""{"grades":[{"code":"G1","name":"G1"},null]}""", System.Text.Encoding.UTF8, "application/json")));

        Assert.That(errors.GetProperty("grades[1]")[0].GetString(), Is.EqualTo("A list item must not be null."));
    }

    [Test]
    public async Task A_fiscal_year_beyond_the_calendar_is_refused_not_a_server_error()
    {
        var errors = await ErrorsOf(await InRole(Roles.WelfareOfficer).GetAsync("/api/v1/harassment/training-sessions?fiscalYear=2147483647"));

        Assert.That(errors.TryGetProperty("fiscalYear", out _), Is.True);
    }

    [Test]
    public async Task Opening_a_pre_return_for_an_empty_or_over_long_employee_id_is_refused()
    {
        var head = InRole(Roles.DepartmentHead, "E0002", "D100");

        var empty = await ErrorsOf(await head.PostAsJsonAsync("/api/v1/return-to-work/pre-returns", new { employeeId = "" }));
        var tooLong = await ErrorsOf(await head.PostAsJsonAsync("/api/v1/return-to-work/pre-returns", new { employeeId = new string('x', 300) }));

        Assert.That(empty.TryGetProperty("employeeId", out _), Is.True);
        Assert.That(tooLong.TryGetProperty("employeeId", out _), Is.True);
    }

    [TestCase("/api/v1/peer-support/departments/{0}/supporters")]
    [TestCase("/api/v1/overtime/employees/{0}/schedule?asOf=2026-04-07")]
    public async Task An_over_long_or_blank_path_id_is_refused_naming_it(string route)
    {
        var officer = InRole(Roles.WelfareOfficer, language: "en");

        var tooLong = await ErrorsOf(await officer.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, new string('p', 2000))));
        var blank = await ErrorsOf(await officer.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, "%20")));

        var name = route.Contains("departments", StringComparison.Ordinal) ? "departmentCode" : "employeeId";
        Assert.That(tooLong.GetProperty(name)[0].GetString(), Does.Contain("At most 32"));
        Assert.That(blank.GetProperty(name)[0].GetString(), Does.Contain("blank"));
    }

    [Test]
    public async Task A_nul_character_or_a_blank_id_in_a_query_is_refused_naming_the_parameter()
    {
        var officer = InRole(Roles.WelfareOfficer, language: "en");

        var nul = await ErrorsOf(await officer.GetAsync("/api/v1/overtime/limits?year=2026&month=4&department=a%00b"));
        var blank = await ErrorsOf(await officer.GetAsync("/api/v1/overtime/excess-analyses?department=%20%20&fiscalYear=2026"));

        Assert.That(nul.GetProperty("department")[0].GetString(), Does.Contain("NUL"));
        Assert.That(blank.GetProperty("department")[0].GetString(), Does.Contain("blank"));
    }

    [Test]
    public async Task A_nul_character_in_a_body_is_refused_naming_the_field()
    {
        var officer = InRole(Roles.WelfareOfficer, language: "en");
        Task<HttpResponseMessage> Plan(string title, string topic) => officer.PostAsync("/api/v1/harassment/training-sessions", new StringContent(
            $$"""{"title":"{{title}}","heldOn":"2026-05-01","audience":"AllStaff","kinds":["SexualHarassment"],"topics":["{{topic}}"],"coversSexualOrientationAndGenderIdentity":true}""",
            System.Text.Encoding.UTF8, "application/json"));

        var inTitle = await ErrorsOf(await Plan("a\\u0000b", "topic"));
        var inListItem = await ErrorsOf(await Plan("title", "x\\u0000"));

        Assert.That(inTitle.GetProperty("title")[0].GetString(), Does.Contain("NUL"));
        Assert.That(inListItem.GetProperty("topics[0]")[0].GetString(), Does.Contain("NUL"));
    }

    [TestCase("GetOvertimeLimitsOverview")]
    [TestCase("GetOvertimeStatistics")]
    public async Task Operations_that_answer_json_or_csv_document_both(string operationId)
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ContractTests.RepositoryRoot(), "api-specs", "welfare.v1.json")))!;
        var operation = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value!))
            .Single(o => o["operationId"]?.GetValue<string>() == operationId);

        var mediaTypes = operation["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key);

        Assert.That(mediaTypes, Is.SupersetOf(new[] { "application/json", "text/csv" }));
    }
}
