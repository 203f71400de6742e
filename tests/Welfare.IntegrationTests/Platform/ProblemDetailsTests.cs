using System.Net;
using System.Net.Http.Json;
using System.Text;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

public sealed class ProblemDetailsTests : ApiTest
{
    [Test]
    public async Task Invalid_input_answers_400_keyed_by_field_in_Japanese_by_default()
    {
        var response = await InRole(Roles.Auditor).GetAsync("/api/v1/audit?pageSize=1000");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("入力内容に誤りがあります。"));
        var message = problem.GetProperty("errors").GetProperty("pageSize")[0].GetString();
        Assert.That(message, Does.Contain("1000"));
        Assert.That(message, Does.Not.Contain("must"), "FluentValidation's own message is translated too");
        Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Invalid_input_answers_in_English_when_asked()
    {
        var response = await InRole(Roles.Auditor, language: "en-US").GetAsync("/api/v1/audit?pageSize=0&page=0");

        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("One or more fields are invalid."));
        Assert.That(problem.GetProperty("errors").GetProperty("pageSize")[0].GetString(), Does.Contain("must be between 1 and 200"));
        Assert.That(problem.GetProperty("errors").GetProperty("page")[0].GetString(), Does.Contain("must be between 1 and 1000000"));
    }

    [Test]
    public async Task A_query_value_of_the_wrong_type_answers_400_for_that_field()
    {
        var response = await InRole(Roles.Auditor, language: "en").GetAsync("/api/v1/audit?pageSize=abc");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await ProblemAsync(response);
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

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await ProblemAsync(response);
    }

    [Test]
    public async Task A_body_over_the_limit_answers_413()
    {
        var huge = new string('x', 1_100_000);

        var response = await Employee().PostAsJsonAsync("/_probe/notes", new { text = huge });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        await ProblemAsync(response);
    }

    [Test]
    public async Task A_validator_failure_in_a_command_answers_400_and_stores_nothing()
    {
        var response = await Employee(language: "en").PostAsJsonAsync("/_probe/notes", new { text = "" });

        var problem = await ProblemAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").GetProperty("text")[0].GetString(), Does.Contain("must not be empty"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages"), Is.Zero);
    }

    [TestCase("ja", "業務ルールに反するため処理できません。", "プローブの規則に反します。")]
    [TestCase("en", "The request breaks a business rule.", "The probe rule is broken.")]
    public async Task A_broken_business_rule_answers_422_with_its_code(string language, string title, string detail)
    {
        var response = await Employee(language: language).PostAsJsonAsync("/_probe/notes", new { text = "forbidden-rule" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo(title));
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo(detail));
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("probe.rule"));
    }

    [Test]
    public async Task A_conflict_answers_409_with_its_code()
    {
        var response = await Employee().PostAsync("/_probe/conflict", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ProblemAsync(response)).GetProperty("code").GetString(), Is.EqualTo("probe.conflict"));
    }

    [Test]
    public async Task A_duplicate_answers_409_and_keeps_what_was_stored()
    {
        await Employee().PostAsJsonAsync("/_probe/notes", new { text = "same" });

        var response = await Employee().PostAsJsonAsync("/_probe/notes", new { text = "same" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ProblemAsync(response)).GetProperty("code").GetString(), Is.EqualTo("request.conflict"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_record_that_is_not_there_answers_404()
    {
        var response = await Employee().GetAsync($"/_probe/notes/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await ProblemAsync(response)).GetProperty("title").GetString(), Is.EqualTo("指定されたデータは見つかりません。"));
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

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain("SECRET-HEALTH-CONTENT"));
        Assert.That(body, Does.Not.Contain("InvalidOperationException"));
        var problem = await ProblemAsync(response);
        var fields = problem.EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(fields, Is.EquivalentTo(new[] { "type", "title", "status", "instance", "traceId" }));
        // The handler had already written the note inside the transaction; it was rolled back.
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.Zero);
    }
}
