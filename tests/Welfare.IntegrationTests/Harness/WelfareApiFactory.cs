using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Welfare.IntegrationTests.Probe;

namespace Welfare.IntegrationTests.Harness;

/// <summary>
/// The real Host against the test database, with a fake clock, the outbox loop and the job scheduler off (tests
/// call the relay's process-once hook; the scale-out tests turn the scheduler on) and a small probe module that exercises the platform's paths.
/// </summary>
public sealed class WelfareApiFactory(
    string connectionString,
    string environment = "Development",
    IDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>A client like <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> (redirects, cookies, buffered bodies) with <paramref name="handler"/> last.</summary>
    public HttpClient CreateClientWith(DelegatingHandler handler) =>
        CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(), handler);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Welfare", connectionString);
        builder.UseSetting("Outbox:RelayEnabled", "false");
        // An operation on a stale directory copy waits this long before 409; tests deliver events explicitly.
        builder.UseSetting("Directory:CatchUpWait", "00:00:01");
        builder.UseSetting("Overtime:RefreshTotalsInBackground", "false");
        builder.UseSetting("Jobs:Enabled", "false");

        // Every span and metric of the suite on standard output would bury the test results.
        builder.UseSetting("Telemetry:ConsoleExporter", "false");

        // The suite is one fast caller; the budgets have their own tests.
        builder.UseSetting("RateLimits:PermitsPerMinute", "1000000");
        builder.UseSetting("RateLimits:BulkPermitsPerMinute", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices((context, services) => services.AddProbeModule(context.Configuration));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider, TestErrorLoggerProvider>();
            testServices?.Invoke(services);
        });
    }
}
