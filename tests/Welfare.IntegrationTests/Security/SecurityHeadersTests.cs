using System.Net;
using System.Net.Http.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// Every response says nosniff (a browser never guesses a type the API did not send) and carries a
/// Content-Security-Policy that lets nothing load and nobody frame it. The printed forms and the radar
/// chart are checked where they are made (FormTests, ResultTests); Swagger UI gets the policy its page needs.
/// </summary>
public sealed class SecurityHeadersTests : ApiTest
{
    [Test]
    public async Task Json_csv_problem_and_health_responses_are_locked_down()
    {
        var responses = new[]
        {
            await Employee().GetAsync("/api/v1/overtime/rules/defaults"),
            await InRole(Roles.WelfareOfficer).GetAsync("/api/v1/overtime/statistics?fiscalYear=2025&format=csv"),
            await Anonymous().GetAsync("/api/v1/overtime/rules/defaults"),
            await Employee().GetAsync($"/api/v1/overtime/excess-analyses/{Guid.NewGuid()}"),
            await Employee().PostAsJsonAsync("/api/v1/organisation/imports/employees", Array.Empty<object>()),
            await Employee().GetAsync("/api/v1/no/such/route"),
            await Anonymous().GetAsync("/health/live"),
        };

        Assert.That(responses.Select(r => (int)r.StatusCode), Is.EqualTo(new[] { 200, 200, 401, 404, 403, 404, 200 }));
        Assert.That(responses[1].Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(responses[2].Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        foreach (var response in responses)
        {
            ContentSecurityPolicy.AssertLocksDown(response);
            Assert.That(ContentSecurityPolicy.Of(response).Keys, Is.EquivalentTo(new[] { "default-src", "base-uri", "form-action", "frame-ancestors" }),
                "nothing besides the lock-down");
        }
    }

    [Test]
    public async Task Swagger_UI_is_still_served_in_Development_with_a_policy_that_allows_only_its_own_files()
    {
        var page = await Anonymous().GetAsync("/swagger/index.html");
        var script = await Anonymous().GetAsync("/swagger/index.js");
        var document = await Anonymous().GetAsync("/swagger/v1/swagger.json");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("swagger-ui"));
        Assert.That(script.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(document.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var policy = ContentSecurityPolicy.Of(page);
        Assert.That(policy["default-src"], Is.EqualTo(new[] { "'none'" }));
        Assert.That(policy["frame-ancestors"], Is.EqualTo(new[] { "'none'" }));
        Assert.That(policy["script-src"], Is.EqualTo(new[] { "'self'" }), "its scripts are files of its own; no inline script, no eval");
        Assert.That(policy["connect-src"], Is.EqualTo(new[] { "'self'" }), "it reads the document and tries operations on this host only");
        Assert.That(page.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }
}
