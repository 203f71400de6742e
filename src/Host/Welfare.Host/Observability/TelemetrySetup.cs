using System.Diagnostics;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Welfare.SharedKernel.Infrastructure.Telemetry;

namespace Welfare.Host.Observability;

/// <summary>
/// OpenTelemetry traces and metrics (and logs, when an OTLP collector is configured): ASP.NET Core,
/// HttpClient, Npgsql, the MediatR pipeline, the outbox relays and the imports. Exported by OTLP when an
/// endpoint is configured, to the console when asked (by default in Development without OTLP), and
/// not recorded at all otherwise (unless <c>Telemetry:Enabled</c> says so). What is kept out of spans and logs, and why: docs/observability.md.
/// </summary>
internal static class TelemetrySetup
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddWelfareTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlpEndpoint = FirstNonEmpty(options.OtlpEndpoint, configuration[OtlpEndpointVariable]);
        var console = options.ConsoleExporter ?? (builder.Environment.IsDevelopment() && otlpEndpoint is null);

        PinLogLevels(builder.Logging);
        builder.Services.AddSingleton<Microsoft.AspNetCore.HttpLogging.IHttpLoggingInterceptor, RouteTemplateHttpLoggingInterceptor>();

        // Spans and metrics that no exporter takes are work for nothing on every request (bench/http). Each
        // request still gets its trace id, which every log line and audit entry of the request carries.
        if (!(options.Enabled ?? (console || otlpEndpoint is not null)))
        {
            _ = TraceIdsOnly.Value;
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                FirstNonEmpty(configuration["OTEL_SERVICE_NAME"], options.ServiceName) ?? TelemetryOptions.DefaultServiceName,
                serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                // First, so that every exporter added after it (console, OTLP, the tests' in-memory one)
                // sees the redacted span.
                tracing.AddProcessor(new PersonalDataSpanProcessor());
                tracing
                    .AddSource(WelfareTelemetry.MediatorSourceName, WelfareTelemetry.OutboxSourceName)
                    .AddAspNetCoreInstrumentation(aspNetCore =>
                    {
                        // Probes of the orchestrator every few seconds are not worth a trace.
                        aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
                        aspNetCore.RecordException = false;
                    })
                    .AddHttpClientInstrumentation(http => http.RecordException = false)
                    .AddNpgsql();
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(WelfareTelemetry.MeterName, "Npgsql")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });

        if (otlpEndpoint is not null)
        {
            // Logs go to the collector too, with the same content as the console's JSON lines.
            telemetry.WithLogging();
            var protocol = string.Equals(configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] ?? options.OtlpProtocol, "http/protobuf", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(otlpEndpoint));
        }

        return builder;
    }

    /// <summary>
    /// Levels that configuration cannot lower: ASP.NET Core's hosting diagnostics write the raw URL (path
    /// with staff numbers and record ids, query string with its values) in their request lines and in the
    /// request scope every other log line of the request carries; the access line of HttpLogging, with the
    /// route template, replaces them. The route matcher's debug lines quote the raw path, Kestrel's
    /// bad-request lines the raw request line.
    /// </summary>
    private static void PinLogLevels(ILoggingBuilder logging)
    {
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        logging.AddFilter("Microsoft.AspNetCore.Routing.Matching.DfaMatcher", LogLevel.Information);
        logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel.BadRequests", LogLevel.Warning);
    }

    /// <summary>
    /// ASP.NET Core starts a request's activity only for a listener: this one asks for the ids alone (nothing is
    /// recorded). One per process, for as long as it runs.
    /// </summary>
    private static readonly Lazy<ActivityListener> TraceIdsOnly = new(() =>
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    });

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}

/// <summary>The <c>Telemetry</c> section (README, Configuration).</summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";
    public const string DefaultServiceName = "welfare-api";

    /// <summary>Overrides <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; either one turns the OTLP export on.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>; <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> wins.</summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>Every span and metric on standard output; unset: on in Development when no OTLP endpoint is set.</summary>
    public bool? ConsoleExporter { get; set; }

    /// <summary>Record spans and metrics at all; unset: when an exporter (OTLP or console) takes them.</summary>
    public bool? Enabled { get; set; }

    public string? ServiceName { get; set; }
}
