using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;

namespace Welfare.IntegrationTests.Observability;

/// <summary>
/// A host of its own whose every log line (every category at Trace, as an operator chasing a problem might
/// configure it), span and metric is captured: health and complaint content, names and the ids typed into
/// paths and query strings must reach none of them, while the telemetry itself is there.
/// </summary>
[NonParallelizable]
public sealed class PersonalDataTelemetryTests : ApiTest
{
    /// <summary>ASCII, so that it is found however a sink escapes the Japanese around it.</summary>
    private const string Marker = "Zq7PrivateMarker";

    private const string Secret = "配偶者からの暴言で眠れない（試験用の架空の内容）" + Marker;

    private readonly CapturingLoggerProvider _logs = new();
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private WelfareApiFactory _host = null!;

    /// <summary>This host's own clock, which no test here moves.</summary>
    private DateOnly Today => _host.Clock.Today();

    [OneTimeSetUp]
    public void StartCapturingHost()
    {
        var everythingAtTrace = new[]
        {
            "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware",
            "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore.Hosting.Diagnostics",
        }.ToDictionary(category => $"Logging:LogLevel:{category}", _ => (string?)"Trace");
        // No exporter is configured: the in-memory ones below are the tests'.
        everythingAtTrace["Telemetry:Enabled"] = "true";
        _host = new WelfareApiFactory(TestDatabase.ConnectionString, settings: everythingAtTrace, testServices: services =>
        {
            // Trace-level lines on the console would bury the test output; the capture sees the same calls.
            foreach (var console in services.Where(d => d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
            {
                services.Remove(console);
            }

            services.AddSingleton<ILoggerProvider>(_logs);
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
            // Exported only when a test flushes: a periodic export running while a test reads would hand it a snapshot
            // taken before its requests (ForceFlush joins a collection already under way).
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics,
                reader => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = Timeout.Infinite));
        });

        // The host starts with its first client.
        _host.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopCapturingHostAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Content_names_and_ids_sent_through_the_api_reach_no_log_span_or_metric()
    {
        await SeedAsync(new SeedEmployee("E8003", "D100", NameKanji: "試験 " + Marker));

        // Peer support: a consultation's content.
        var workplace = await CreatedAsync(await Head().PostAsJsonAsync("/api/v1/peer-support/departments/D100/workplaces", new { name = "第1執務室" }));
        await CreatedAsync(await Head().PostAsJsonAsync($"/api/v1/peer-support/workplaces/{workplace.GetProperty("id").GetGuid()}/supporters",
            new { employeeId = "E8000", contact = "内線 800" }));
        await CreatedAsync(await Client("E8000", "D100").PostAsJsonAsync("/api/v1/peer-support/consultations", new
        {
            subjectKind = "Employee", subjectEmployeeId = "E8002", familyRelationship = (string?)null, channel = "Request", category = "Family",
            openedOn = (string?)null, content = Secret,
        }));

        // Harassment: what happened, as the counsellor records it at intake.
        foreach (var (id, sex) in new[] { ("C1", "Female"), ("C2", "Male") })
        {
            await CreatedAsync(await WelfareOfficer().PostAsJsonAsync("/api/v1/harassment/counselors", new { employeeId = id, sex }));
        }

        var complaint = await CreatedAsync(await Client("C1", "D900").PostAsJsonAsync("/api/v1/harassment/complaints", new
        {
            source = "PersonHarassed", complainantId = "E1", personHarassedId = (string?)null, respondentId = "R1",
            kinds = new[] { new { kind = "PowerHarassment" } }, requestedCounselorSex = (string?)null, counselorIds = new[] { "C1", "C2" },
            singleCounselorReason = (string?)null, retaliationOf = (Guid?)null,
        }));
        var intake = await Client("C1", "D900").PostAsJsonAsync($"/api/v1/harassment/complaints/{complaint.GetProperty("id").GetGuid()}/intake", new
        {
            wantsFutureConductStopped = true, wantsRemedyForPastConduct = false, wishNote = Secret, urgency = "Moderate",
            complainantState = Secret, relationship = "Respondent is the complainant's section chief.", whenOccurred = "Last month.",
            whereOccurred = "Office D100.", howOccurred = Secret, complainantResponse = "Asked him to stop.", supervisorConsulted = false,
            supervisorConsultationNote = (string?)null, knownOnlyToParties = false, witnesses = "None.",
        });
        Assert.That(intake.StatusCode, Is.EqualTo(HttpStatusCode.OK), await intake.Content.ReadAsStringAsync());

        // Overtime: the reason of an order.
        await CreatedAsync(await Head().PostAsJsonAsync("/api/v1/overtime/orders",
            new { employeeId = "E8002", workDate = Today.ToString("yyyy-MM-dd"), plannedStart = "17:15", plannedEnd = "19:15", reason = Secret }));

        // Return to work: a leave row the personnel system sends for an unknown employee (rejected, reported back).
        var leaves = await Client("personnel-system", "D900", Roles.PersonnelSystem).PostAsJsonAsync("/api/v1/return-to-work/imports/leave-cases", new
        {
            rows = new[] { new { employeeId = "E0404", kind = "LongSickLeave", startedOn = Today.ToString("yyyy-MM-dd"), expectedEndOn = (string?)null, endedOn = (string?)null, reference = Marker } },
        });
        Assert.That(await leaves.Content.ReadAsStringAsync(), Does.Contain(Marker), "the caller gets its rejection back");

        // Paths and query strings: a search term, an id, a value that does not bind, a field the API does not know.
        var personnel = Client("P9001", "D900", Roles.PersonnelOfficer);
        Assert.That((await personnel.GetAsync($"/api/v1/organisation/employees?search={Marker}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await personnel.GetAsync($"/api/v1/organisation/employees/{Marker}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await personnel.GetAsync($"/api/v1/organisation/departments?asOf={Marker}")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var unknownField = new Dictionary<string, object?> { ["name"] = "第2執務室", [Marker] = Secret };
        Assert.That((await Head().PostAsJsonAsync("/api/v1/peer-support/departments/D100/workplaces", unknownField)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Head().GetAsync($"/api/v1/no-such-route/{Marker}?q={Marker}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        await DeliverAsync();
        Flush();

        var leaks = _logs.Logs.SelectMany(l => l.Texts().Select(t => $"log {l.Category}: {t}"))
            .Concat(_spans.SelectMany(SpanTexts))
            .Concat(_metrics.SelectMany(MetricTexts))
            .Where(t => t.Contains(Marker, StringComparison.Ordinal) || t.Contains(Uri.EscapeDataString(Secret), StringComparison.OrdinalIgnoreCase)
                        || t.Contains("配偶者からの暴言", StringComparison.Ordinal))
            .ToList();
        Assert.That(leaks.Select(l => l.Length > 300 ? l[..300] : l).Distinct().Take(40), Is.Empty);

        // The capture is not vacuous: every source wrote, at the configured depth.
        Assert.That(_logs.Logs.Any(l => l.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) && l.Level == LogLevel.Debug), "EF Core at Debug");
        Assert.That(_logs.Logs.Any(l => l.Values.Contains("Route=/api/v1/peer-support/consultations")), "the access line names the route template");
        Assert.That(_logs.Logs.Any(l => l.Values.Contains("Route=/api/v1/organisation/employees/{employeeId}")), "the access line of the id in the path");
        Assert.That(_spans.Any(s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("http.route"), "/api/v1/harassment/complaints/{id:guid}/intake")), "ASP.NET Core spans");
        Assert.That(_spans.Any(s => s.Source.Name == "Npgsql"), "Npgsql spans");
        Assert.That(_spans.Any(s => s.Source.Name == "Welfare.Mediator" && s.DisplayName == "RecordConsultationCommand"
                                    && Equals(s.GetTagItem("welfare.module"), "PeerSupport") && Equals(s.GetTagItem("welfare.outcome"), "handled")), "MediatR spans");
        Assert.That(_spans.Any(s => s.Source.Name == "Welfare.Outbox" && s.DisplayName.StartsWith("deliver ", StringComparison.Ordinal)), "outbox delivery spans");
    }

    [Test]
    public async Task Imports_and_outbox_deliveries_are_counted()
    {
        await SeedAsync();
        Flush();
        var acceptedBefore = Sum("welfare.import.rows", ("welfare.import", "ImportEmployeesCommand"), ("welfare.import.outcome", "accepted"));
        var rejectedBefore = Sum("welfare.import.rows", ("welfare.import", "ImportEmployeesCommand"), ("welfare.import.outcome", "rejected"));
        var deliveredBefore = Sum("welfare.outbox.events.delivered", ("welfare.module", "Organisation"));

        var import = await OrganisationSeed.EmployeesAsync(Client("personnel-system", "D900", Roles.PersonnelSystem), Today.ToString("yyyy-MM-dd"),
            new SeedEmployee("E8500", "D100"), new SeedEmployee("E8501", "D200"), new SeedEmployee("E8502", "D404"));
        var delivered = await DeliverAsync();
        Flush();

        Assert.That(import.GetProperty("rejected").GetInt32(), Is.EqualTo(1));
        Assert.That(Sum("welfare.import.rows", ("welfare.import", "ImportEmployeesCommand"), ("welfare.import.outcome", "accepted")) - acceptedBefore, Is.EqualTo(2));
        Assert.That(Sum("welfare.import.rows", ("welfare.import", "ImportEmployeesCommand"), ("welfare.import.outcome", "rejected")) - rejectedBefore, Is.EqualTo(1));
        Assert.That(delivered, Is.GreaterThanOrEqualTo(2));
        Assert.That(Sum("welfare.outbox.events.delivered", ("welfare.module", "Organisation")) - deliveredBefore, Is.GreaterThanOrEqualTo(2));
        Assert.That(Points("welfare.import.throughput").Any(p => Tagged(p, ("welfare.module", "Organisation"))), "rows per second of the import");
        Assert.That(Points("welfare.outbox.delivery.latency").Any(p => Tagged(p, ("welfare.module", "Organisation")) && p.GetHistogramCount() > 0), "delivery latency");
        var lag = Points("welfare.outbox.lag").Where(p => Tagged(p, ("welfare.module", "Organisation"))).ToList();
        Assert.That(lag, Has.Count.EqualTo(1), "lag of the Organisation outbox");
        Assert.That(lag[0].GetGaugeLastValueDouble(), Is.Zero, "everything was delivered");
        Assert.That(Points("welfare.mediator.request.duration")
            .Any(p => Tagged(p, ("welfare.request", "ImportEmployeesCommand"), ("welfare.request.kind", "command"), ("welfare.outcome", "handled"))), "request durations");
    }

    [Test]
    public async Task A_refused_request_is_a_refused_span_without_its_reason_text()
    {
        await SeedAsync();

        var response = await Head().PostAsJsonAsync("/api/v1/overtime/orders",
            new { employeeId = "E8002", workDate = Today.ToString("yyyy-MM-dd"), plannedStart = "21:00", plannedEnd = "23:00", reason = Secret });
        Flush();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), await response.Content.ReadAsStringAsync());
        var span = _spans.Last(s => s.Source.Name == "Welfare.Mediator" && s.DisplayName == "GiveOvertimeOrderCommand");
        Assert.That(span.GetTagItem("welfare.outcome"), Is.EqualTo("refused"));
        Assert.That(span.GetTagItem("error.type"), Is.EqualTo("BusinessRuleViolationException"));
        Assert.That(span.GetTagItem("welfare.module"), Is.EqualTo("Overtime"));
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Unset), "a refusal is not a fault of the service");
        Assert.That(SpanTexts(span).Where(t => t.Contains(Marker, StringComparison.Ordinal)), Is.Empty);
    }

    private HttpClient Client(string subject, string department, params string[] roles)
    {
        var client = _host.CreateClientWith(new CurrentVersionHandler());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(subject, department, roles));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private HttpClient Head() => Client("E8100", "D100", Roles.DepartmentHead);

    private HttpClient WelfareOfficer() => Client("W9001", "D900", Roles.WelfareOfficer);

    /// <summary>D100 with its head E8100, staff E8000 and E8002, complainant E1 and respondent R1; counsellors C1 and C2 in D900.</summary>
    private async Task SeedAsync(params SeedEmployee[] more)
    {
        var personnelSystem = Client("personnel-system", "D900", Roles.PersonnelSystem);
        var today = Today.ToString("yyyy-MM-dd");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnelSystem);
        await OrganisationSeed.EmployeesAsync(personnelSystem, today,
        [
            new SeedEmployee("E8000", "D100"), new SeedEmployee("E8002", "D100"), new SeedEmployee("E8100", "D100", "G5", "Male"),
            new SeedEmployee("E1", "D100"), new SeedEmployee("R1", "D100", "G2", "Male"),
            new SeedEmployee("C1", "D900", "G3"), new SeedEmployee("C2", "D900", "G3", "Male"), .. more,
        ]);
        (await Client("P9001", "D900", Roles.PersonnelOfficer).PutAsJsonAsync("/api/v1/organisation/departments/D100/head",
            new { employeeId = "E8100", effectiveFrom = today })).EnsureSuccessStatusCode();
        await DeliverAsync();
    }

    /// <summary>This host's relays, so that their spans and metrics are this host's.</summary>
    private async Task<int> DeliverAsync()
    {
        var delivered = 0;
        foreach (var relay in _host.Services.GetServices<IOutboxRelay>())
        {
            delivered += await relay.ProcessOnceAsync();
        }

        return delivered;
    }

    private void Flush()
    {
        _host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        _metrics.Clear();
        _host.Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    // The last snapshot of a cumulative metric is its whole value.
    private IEnumerable<MetricPoint> Points(string name) =>
        _metrics.LastOrDefault(m => m.Name == name)?.MetricPoints ?? [];

    private long Sum(string name, params (string Key, string Value)[] tags) =>
        Points(name).Where(p => Tagged(p, tags)).Sum(p => p.GetSumLong());

    private static bool Tagged(MetricPoint point, params (string Key, string Value)[] tags)
    {
        var values = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            values[tag.Key] = tag.Value;
        }

        return tags.All(t => values.TryGetValue(t.Key, out var value) && Equals(value?.ToString(), t.Value));
    }

    private static IEnumerable<string> SpanTexts(Activity span) =>
    [
        $"span {span.DisplayName}", $"span {span.OperationName}", $"span status {span.StatusDescription}",
        .. span.TagObjects.Select(t => $"span {span.DisplayName} tag {t.Key}={t.Value}"),
        .. span.Events.SelectMany(e => e.Tags.Select(t => $"span {span.DisplayName} event {e.Name} {t.Key}={t.Value}").Append($"span event {e.Name}")),
        .. span.Baggage.Select(b => $"span baggage {b.Key}={b.Value}"),
    ];

    private static IEnumerable<string> MetricTexts(MetricSnapshot metric)
    {
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                yield return $"metric {metric.Name} {tag.Key}={tag.Value}";
            }
        }
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
