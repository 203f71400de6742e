using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// Behind a TLS-terminating proxy (docs/operations.md) anonymous callers are told apart by the address
/// the proxy forwards: each gets its own request budget. The forwarded address is believed only from a
/// configured proxy, so a caller reaching the host directly cannot escape its budget by inventing one.
/// </summary>
public sealed class ForwardedHeadersTests : ApiTest
{
    private const string Proxy = "10.0.0.5";

    private static WelfareApiFactory Host(string connectingFrom, string? knownProxies) => new(
        TestDatabase.ConnectionString,
        settings: new Dictionary<string, string?>
        {
            ["RateLimits:PermitsPerMinute"] = "2",
            ["ForwardedHeaders:KnownProxies"] = knownProxies,
        },
        testServices: services => services.AddSingleton<IStartupFilter>(new ConnectFrom(IPAddress.Parse(connectingFrom))));

    private static async Task<HttpStatusCode> LiveAsync(WelfareApiFactory host, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await host.CreateClient().SendAsync(request)).StatusCode;
    }

    [Test]
    public async Task Behind_a_configured_proxy_each_forwarded_caller_has_its_own_budget()
    {
        await using var host = Host(connectingFrom: Proxy, knownProxies: $"192.0.2.1, {Proxy}");

        var first = await LiveAsync(host, "203.0.113.10");
        var second = await LiveAsync(host, "203.0.113.10");
        var third = await LiveAsync(host, "203.0.113.10");
        var otherCaller = await LiveAsync(host, "203.0.113.20");

        Assert.That(new[] { first, second }, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(third, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(otherCaller, Is.EqualTo(HttpStatusCode.OK), "another caller behind the same proxy is not refused");
    }

    [Test]
    public async Task A_forwarded_address_from_a_connection_that_is_not_a_configured_proxy_is_ignored()
    {
        await using var host = Host(connectingFrom: "198.51.100.7", knownProxies: Proxy);

        var answers = new[]
        {
            await LiveAsync(host, "203.0.113.1"),
            await LiveAsync(host, "203.0.113.2"),
            await LiveAsync(host, "203.0.113.3"),
        };

        Assert.That(answers, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }),
            "invented X-Forwarded-For values must not give a direct caller fresh budgets");
    }

    [Test]
    public void A_known_proxy_that_is_not_an_address_stops_the_host_from_starting()
    {
        using var host = Host(connectingFrom: Proxy, knownProxies: "proxy.example.invalid");

        var failure = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

        Assert.That(failure!.Message, Does.Contain("ForwardedHeaders:KnownProxies"));
    }

    /// <summary>TestServer has no socket: this sets the address the connection comes from.</summary>
    private sealed class ConnectFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate inner) =>
            {
                context.Connection.RemoteIpAddress = address;
                return inner(context);
            });
            next(app);
        };
    }
}
