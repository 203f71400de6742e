using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Observability;

/// <summary>With an OTLP endpoint configured, traces and metrics reach the collector (here a listener standing in for it).</summary>
[NonParallelizable]
public sealed class OtlpExportTests : ApiTest
{
    [Test]
    public async Task Traces_and_metrics_go_to_the_configured_collector()
    {
        var port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new ConcurrentQueue<(string Path, string Body)>();
        var receiving = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await collector.GetContextAsync();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);

                // Protobuf keeps strings as UTF-8 bytes: span and instrument names can be searched as text.
                received.Enqueue((context.Request.Url!.AbsolutePath, Encoding.UTF8.GetString(body.ToArray())));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        });

        await using var host = new WelfareApiFactory(TestDatabase.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{port}",
            ["Telemetry:OtlpProtocol"] = "http/protobuf",
        });
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor("P9001", "D900", [Roles.PersonnelOfficer]));

        var grades = await client.GetAsync("/api/v1/organisation/grades");
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        collector.Stop();
        await receiving;

        Assert.That(grades.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(received.Where(r => r.Path == "/v1/traces").Select(r => r.Body),
            Has.Some.Contains("GetGradesQuery").And.Some.Contains("welfare-api"), "the MediatR span, from service welfare-api");
        Assert.That(received.Where(r => r.Path == "/v1/metrics").Select(r => r.Body),
            Has.Some.Contains("welfare.mediator.request.duration"), "Welfare's metrics");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
