using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// Problem details are a documented contract (docs/adr/0003, schema ProblemDetails, docs/errors.md): every problem
/// of every status carries its code and trace id, type about:blank, and nothing the schema does not list.
/// </summary>
public sealed class ProblemDetailsTests : ApiTest
{
    private static readonly string[] SchemaMembers = ["type", "title", "status", "detail", "instance", "code", "traceId", "errors"];

    /// <summary>Asserts the shape every problem has and its code; returns it for further checks.</summary>
    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.That(problem.EnumerateObject().Select(p => p.Name), Is.SubsetOf(SchemaMembers), body);
        Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo("about:blank"));
        Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(problem.GetProperty("instance").GetString(), Is.EqualTo(response.RequestMessage!.RequestUri!.AbsolutePath));
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code));
        Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
        return problem;
    }
    [Test]
    public async Task Invalid_input_answers_400_keyed_by_field_in_Japanese_by_default()
    {
        var response = await InRole(Roles.Auditor).GetAsync("/api/v1/audit?pageSize=1000");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("入力内容に誤りがあります。"));
        var message = problem.GetProperty("errors").GetProperty("pageSize")[0].GetString();
        Assert.That(message, Does.Contain("200"));
        Assert.That(message, Does.Not.Contain("must"), "FluentValidation's own message is translated too");
        Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Fields_that_contradict_each_other_answer_422_naming_them()
    {
        // Each date is well-formed by the contract; only together they make no sense.
        var response = await InRole(Roles.WelfareOfficer, language: "en").GetAsync("/api/v1/overtime/departments/D100/orders?from=2026-05-01&to=2026-04-01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("The fields contradict each other."));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "to" }));
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("request.inconsistent-fields"));
    }

    [Test]
    public async Task Invalid_input_answers_in_English_when_asked()
    {
        var response = await InRole(Roles.Auditor, language: "en-US").GetAsync("/api/v1/audit?pageSize=0&page=0");

        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("One or more fields are invalid."));
        Assert.That(problem.GetProperty("errors").GetProperty("pageSize")[0].GetString(), Does.Contain("between 1 and 200"));
        Assert.That(problem.GetProperty("errors").GetProperty("page")[0].GetString(), Does.Contain("between 1 and 1000000"));
    }

    [Test]
    public async Task A_query_value_of_the_wrong_type_answers_400_for_that_field()
    {
        var response = await InRole(Roles.Auditor, language: "en").GetAsync("/api/v1/audit?pageSize=abc");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        Assert.That(problem.GetProperty("errors").GetProperty("pageSize")[0].GetString(), Is.EqualTo("The value has the wrong format."));
    }

    [Test]
    public async Task An_unknown_JSON_member_is_rejected_not_ignored()
    {
        var response = await Employee(language: "en").PostAsJsonAsync("/_probe/notes", new { text = "hello", status = "approved" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("errors").GetProperty("status")[0].GetString(), Is.EqualTo("This field is not accepted."));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.Zero);
    }

    [Test]
    public async Task Malformed_JSON_answers_400()
    {
        var response = await Employee().PostAsync("/_probe/notes", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
    }

    [Test]
    public async Task A_body_over_the_limit_answers_413()
    {
        var huge = new string('x', 1_100_000);

        var response = await Employee().PostAsJsonAsync("/_probe/notes", new { text = huge });

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "request.too-large");
    }

    [Test]
    public async Task A_validator_failure_in_a_command_answers_400_and_stores_nothing()
    {
        var response = await Employee(language: "en").PostAsJsonAsync("/_probe/notes", new { text = "" });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        Assert.That(problem.GetProperty("errors").GetProperty("text")[0].GetString(), Does.Contain("must not be empty"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages"), Is.Zero);
    }

    [TestCase("ja", "業務ルールに反するため処理できません。", "プローブの規則に反します。")]
    [TestCase("en", "The request breaks a business rule.", "The probe rule is broken.")]
    public async Task A_broken_business_rule_answers_422_with_its_code(string language, string title, string detail)
    {
        var response = await Employee(language: language).PostAsJsonAsync("/_probe/notes", new { text = "forbidden-rule" });

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "probe.rule");
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo(title));
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo(detail));
    }

    [Test]
    public async Task A_conflict_answers_409_with_its_code()
    {
        var response = await Employee().PostAsync("/_probe/conflict", null);

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "probe.conflict");
    }

    [Test]
    public async Task A_duplicate_answers_409_and_keeps_what_was_stored()
    {
        await Employee().PostAsJsonAsync("/_probe/notes", new { text = "same" });

        var response = await Employee().PostAsJsonAsync("/_probe/notes", new { text = "same" });

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict, "request.conflict");
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("同じデータが既に登録されています。"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_record_that_is_not_there_answers_404()
    {
        var response = await Employee().GetAsync($"/_probe/notes/{Guid.NewGuid()}");

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound, "request.not-found");
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("指定されたデータは見つかりません。"));
    }

    [Test]
    public async Task API_responses_are_never_cached()
    {
        var ok = await InRole(Roles.Auditor).GetAsync("/api/v1/audit");
        var refused = await Anonymous().GetAsync("/api/v1/audit");

        Assert.That(ok.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(refused.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task An_unexpected_failure_answers_500_with_a_trace_id_and_nothing_else()
    {
        var response = await Employee(language: "en").PostAsJsonAsync("/_probe/notes", new { text = "crash" });

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError, "server.unexpected");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain("SECRET-HEALTH-CONTENT"));
        Assert.That(body, Does.Not.Contain("InvalidOperationException"));
        var fields = problem.EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(fields, Is.EquivalentTo(new[] { "type", "title", "status", "instance", "code", "traceId" }));
        // The handler had already written the note inside the transaction; it was rolled back.
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.Zero);
    }

    [Test]
    public async Task No_token_answers_401_with_its_code_and_the_challenge()
    {
        var response = await Anonymous().GetAsync("/api/v1/audit");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "request.unauthenticated");
        Assert.That(response.Headers.WwwAuthenticate.Select(h => h.Scheme), Does.Contain("Bearer"));
    }

    [Test]
    public async Task A_function_the_roles_do_not_allow_answers_403_with_its_code()
    {
        await AssertProblemAsync(await Employee().GetAsync("/api/v1/audit"), HttpStatusCode.Forbidden, "request.forbidden");
    }

    [Test]
    public async Task A_route_that_does_not_exist_answers_404_with_its_code()
    {
        await AssertProblemAsync(await InRole(Roles.Auditor).GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound, "request.not-found");
    }

    [Test]
    public async Task A_method_a_route_does_not_take_answers_405_with_its_code()
    {
        await AssertProblemAsync(await InRole(Roles.Auditor).DeleteAsync("/api/v1/audit"), HttpStatusCode.MethodNotAllowed, "request.method-not-allowed");
    }

    [Test]
    public async Task A_body_of_another_media_type_answers_415_with_its_code()
    {
        var response = await Employee().PostAsync("/_probe/notes", new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.Zero);
    }

    [Test]
    public async Task A_concurrent_change_answers_409_request_conflict()
    {
        var response = await Employee().PostAsync("/_probe/concurrent-change", null);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict, "request.conflict");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("他の利用者が先に更新しました"));
    }

    [Test]
    public async Task Problems_an_endpoint_returns_itself_carry_their_codes_too()
    {
        var wrongType = await InRole(Roles.PersonnelSystem, "personnel-system").PostAsync(
            "/api/v1/organisation/imports/employees?mode=Delta&asOf=2026-05-01", new StringContent("E1", Encoding.UTF8, "text/plain"));
        var wrongFormat = await InRole(Roles.WelfareOfficer).GetAsync("/api/v1/overtime/statistics?fiscalYear=2026&format=xml");

        await AssertProblemAsync(wrongType, HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type");
        var problem = await AssertProblemAsync(wrongFormat, HttpStatusCode.BadRequest, "request.invalid");
        Assert.That(problem.GetProperty("errors").GetProperty("format").GetArrayLength(), Is.EqualTo(1));
    }
}
