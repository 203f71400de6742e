using System.Net;
using System.Net.Sockets;
using Welfare.Host;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// The container image's HEALTHCHECK runs <c>Welfare.Host health-check URL</c> (the runtime image has no
/// curl): Docker marks the container unhealthy exactly when this exits non-zero.
/// </summary>
public sealed class HealthCheckCommandTests
{
    [TestCase(HttpStatusCode.OK, 0)]
    [TestCase(HttpStatusCode.ServiceUnavailable, 1)]
    public async Task Exits_zero_only_when_the_endpoint_answers_success(HttpStatusCode answer, int expectedExitCode)
    {
        var url = $"http://127.0.0.1:{FreePort()}/";
        using var listener = new HttpListener();
        listener.Prefixes.Add(url);
        listener.Start();
        var serve = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            context.Response.StatusCode = (int)answer;
            context.Response.Close();
        });

        var exitCode = await HealthCheckCommand.RunAsync([url + "health/ready"]);
        await serve;

        Assert.That(exitCode, Is.EqualTo(expectedExitCode));
    }

    [Test]
    public async Task Exits_non_zero_when_nothing_listens()
    {
        Assert.That(await HealthCheckCommand.RunAsync([$"http://127.0.0.1:{FreePort()}/health/ready"]), Is.EqualTo(1));
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
