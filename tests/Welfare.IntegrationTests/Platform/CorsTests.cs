using System.Net;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// A browser front end on another origin (Cors:AllowedOrigins) can call the API: its preflight is answered
/// before authentication, request budgets and the deny-by-default policy, and the headers it needs are
/// exposed. Origins not listed, and every origin when the list is unset, get no CORS headers at all.
/// </summary>
public sealed class CorsTests : ApiTest
{
    private const string FrontEnd = "http://localhost:3000";

    private static WelfareApiFactory Host(IDictionary<string, string?> cors) => new(
        TestDatabase.ConnectionString,
        settings: new Dictionary<string, string?>(cors) { ["RateLimits:PermitsPerMinute"] = "2" });

    private static WelfareApiFactory Allowing(string origins) => Host(new Dictionary<string, string?> { ["Cors:AllowedOrigins"] = origins });

    private static async Task<HttpResponseMessage> PreflightAsync(WelfareApiFactory host, string origin, string method = "POST",
        string headers = "authorization,content-type,if-match")
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/overtime/orders");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await host.CreateClient().SendAsync(request);
    }

    private static IEnumerable<string> CorsHeaders(HttpResponseMessage response) =>
        response.Headers.Select(h => h.Key).Where(k => k.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    [Test]
    public async Task A_preflight_from_an_allowed_origin_is_answered_before_authentication_budgets_and_audit()
    {
        await using var host = Allowing($"https://welfare-ui.example.invalid, {FrontEnd}");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await PreflightAsync(host, FrontEnd));
        }

        var answer = answers[0];
        Assert.That(answers.Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.NoContent), "five preflights, a budget of two: preflights are not counted");
        Assert.That(Header(answer, "Access-Control-Allow-Origin"), Is.EqualTo(FrontEnd));
        Assert.That(Header(answer, "Access-Control-Allow-Methods").Split(','), Does.Contain("POST"));
        Assert.That(Header(answer, "Access-Control-Allow-Headers").ToLowerInvariant().Split(','),
            Is.SupersetOf(new[] { "authorization", "content-type", "if-match" }));
        Assert.That(Header(answer, "Access-Control-Max-Age"), Is.EqualTo("3600"));
        Assert.That(answer.Headers.Contains("Access-Control-Allow-Credentials"), Is.False, "bearer tokens, no cookies: credentials are never allowed");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries"), Is.Zero, "a preflight is not a refusal");
    }

    [Test]
    public async Task Every_header_a_front_end_sends_is_allowed_in_a_preflight()
    {
        await using var host = Allowing(FrontEnd);

        var answer = await PreflightAsync(host, FrontEnd, "PUT", "authorization,content-type,if-match,if-none-match,accept-language,idempotency-key");
        var other = await PreflightAsync(host, FrontEnd, "PUT", "x-unknown");

        Assert.That(Header(answer, "Access-Control-Allow-Headers").ToLowerInvariant().Split(','),
            Is.EquivalentTo(new[] { "authorization", "content-type", "if-match", "if-none-match", "accept-language", "idempotency-key" }));
        Assert.That(Header(answer, "Access-Control-Allow-Methods").Split(','), Is.EquivalentTo(new[] { "GET", "POST", "PUT", "DELETE" }));
        Assert.That(Header(other, "Access-Control-Allow-Headers").ToLowerInvariant().Split(','), Does.Not.Contain("x-unknown"),
            "the browser refuses a request whose header the answer does not list");
    }

    [Test]
    public async Task A_preflight_from_another_origin_gets_no_CORS_headers()
    {
        await using var host = Allowing(FrontEnd);

        foreach (var origin in new[] { "http://localhost:3001", "https://localhost:3000", "http://evil.example.invalid", "null" })
        {
            var answer = await PreflightAsync(host, origin);

            Assert.That(CorsHeaders(answer), Is.Empty, origin);
        }
    }

    [Test]
    public async Task Without_configured_origins_no_response_carries_CORS_headers()
    {
        await using var host = Host(new Dictionary<string, string?>());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/overtime/rules/defaults");
        request.Headers.Add("Origin", FrontEnd);
        request.Headers.Authorization = new("Bearer", TokenFor("E0001", "D100", []));

        var preflight = await PreflightAsync(host, FrontEnd);
        var get = await host.CreateClient().SendAsync(request);

        Assert.That(CorsHeaders(preflight), Is.Empty);
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CorsHeaders(get), Is.Empty);
    }

    [Test]
    public async Task A_cross_origin_request_exposes_the_headers_a_front_end_reads_also_on_a_refusal()
    {
        // The array form of the setting (appsettings.json or Cors__AllowedOrigins__0).
        await using var host = Host(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = FrontEnd });
        HttpRequestMessage Get(string? token)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit?pageSize=1");
            request.Headers.Add("Origin", FrontEnd);
            if (token is not null)
            {
                request.Headers.Authorization = new("Bearer", token);
            }

            return request;
        }

        var read = await host.CreateClient().SendAsync(Get(TokenFor("E9100", "D900", [Roles.Auditor])));
        var refused = await host.CreateClient().SendAsync(Get(null));

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Header(read, "Access-Control-Allow-Origin"), Is.EqualTo(FrontEnd));
        Assert.That(Header(read, "Access-Control-Expose-Headers").ToLowerInvariant().Split(','),
            Is.EquivalentTo(new[] { "location", "etag", "link", "retry-after", "content-disposition" }));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Header(refused, "Access-Control-Allow-Origin"), Is.EqualTo(FrontEnd), "the front end can read the 401 and ask for a new token");
    }

    [TestCase("*")]
    [TestCase("http://localhost:3000/app")]
    [TestCase("localhost:3000")]
    [TestCase("ftp://files.example.invalid")]
    [TestCase("https://*.example.invalid")]
    public void An_entry_that_is_not_one_exact_origin_stops_the_host_from_starting(string origin)
    {
        using var host = Allowing($"{FrontEnd},{origin}");

        var failure = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

        Assert.That(failure!.Message, Does.Contain("Cors:AllowedOrigins"));
    }
}
