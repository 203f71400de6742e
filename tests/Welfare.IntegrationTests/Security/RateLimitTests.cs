using System.Net;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>OWASP API4 (unrestricted resource consumption): per-caller budgets answered with 429 and Retry-After.</summary>
public sealed class RateLimitTests : ApiTest
{
    private static WelfareApiFactory Limited() => new(TestDatabase.ConnectionString, settings: new Dictionary<string, string?>
    {
        ["RateLimits:PermitsPerMinute"] = "5",
        ["RateLimits:BulkPermitsPerMinute"] = "2",
    });

    private static HttpClient Client(WelfareApiFactory factory, string subject, params string[] roles)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenFor(subject, "D900", roles));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    [Test]
    public async Task A_caller_over_budget_gets_429_with_Retry_After_and_others_are_unaffected()
    {
        await using var factory = Limited();
        var busy = Client(factory, "E6001");
        var other = Client(factory, "E6002");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await busy.GetAsync("/api/v1/overtime/rules/defaults"));
        }

        var refused = answers[^1];

        Assert.That(answers.Take(5).Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        await Platform.ProblemDetailsTests.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests, "request.rate-limited");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        Assert.That((await other.GetAsync("/api/v1/overtime/rules/defaults")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Imports_exports_and_analyses_have_a_tighter_budget()
    {
        await using var factory = Limited();
        var officer = Client(factory, "E6003", Roles.WelfareOfficer);

        var first = await officer.GetAsync("/api/v1/overtime/statistics?fiscalYear=2026");
        var second = await officer.GetAsync("/api/v1/overtime/statistics?fiscalYear=2026");
        var third = await officer.GetAsync("/api/v1/overtime/statistics?fiscalYear=2026");
        var ordinary = await officer.GetAsync("/api/v1/overtime/rules/defaults");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(third.Headers.RetryAfter, Is.Not.Null);
        Assert.That(ordinary.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the ordinary budget is separate");
    }
}
