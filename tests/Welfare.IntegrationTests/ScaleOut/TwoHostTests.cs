using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Probe;
using Welfare.Modules.Overtime.Application.Interviews.EvaluateMonth;
using Welfare.Modules.Overtime.Application.Limits.CloseMonth;
using Welfare.Modules.StressCheck.Application.Participation.RequestDueReminders;
using Welfare.Modules.StressCheck.Application.Retention.PurgeExpiredRecords;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Scheduling;

namespace Welfare.IntegrationTests.ScaleOut;

/// <summary>
/// Two API hosts on one database, as behind a load balancer: each with its own scheduler, relays and
/// clock (the shared test clock is not moved; these hosts' clocks are their own and set before they start).
/// </summary>
[NonParallelizable]
public sealed class TwoHostTests : ApiTest
{
    private const string ProbeJob = "ProbeJob";

    // A Monday, 10:00 in Japan, on the 10th: every product job is due (monthly on the 3rd and the 10th, daily, weekly on Mondays).
    private static readonly DateTimeOffset Due = new(2026, 8, 10, 10, 0, 0, JapanTime.Offset);

    private static volatile bool _probeJobFails;

    private readonly List<WelfareApiFactory> _hosts = [];

    [TearDown]
    public async Task StopHostsAsync()
    {
        _probeJobFails = false;
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hosts.Clear();
    }

    [Test]
    public async Task Each_job_runs_once_per_period_however_often_both_hosts_wake_for_it()
    {
        var a = StartHost();
        var b = StartHost();

        await WakeAsync(4, a, b);

        Assert.That(await JobRunsAsync(), Is.EqualTo(new[]
        {
            "OvertimeInterviewEvaluation 2026-08 Succeeded 1",
            "OvertimeMonthClose 2026-08 Succeeded 1",
            "ProbeJob 2026-08-10 Succeeded 1",
            "StressCheckReminders 2026-W33 Succeeded 1",
            "StressCheckRetentionPurge 2026-08-10 Succeeded 1",
        }));

        // Each job's effect happened once, for the month before (monthly jobs) or the day, and as the system.
        Assert.That(await ScalarAsync<long>(
            "SELECT count(*) FROM audit.audit_entries WHERE action = 'overtime.interview.evaluate' AND record_id = '2026-07' AND actor_id = 'system' AND outcome = 'Allowed'"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.month_closes WHERE year = 2026 AND month = 7 AND closed_by = 'system'"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.month_closes"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>(
            "SELECT count(*) FROM audit.audit_entries WHERE action = 'retention.purge' AND record_id = '2026-08-10' AND actor_id = 'system'"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes WHERE text = 'job-2026-08-10'"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE outcome = 'Denied'"), Is.Zero);

        // The next day is a new period for the daily jobs only.
        a.Clock.SetUtcNow(Due.AddDays(1).ToUniversalTime());
        b.Clock.SetUtcNow(Due.AddDays(1).ToUniversalTime());
        await WakeAsync(4, a, b);

        Assert.That(await JobRunsAsync(), Is.EqualTo(new[]
        {
            "OvertimeInterviewEvaluation 2026-08 Succeeded 1",
            "OvertimeMonthClose 2026-08 Succeeded 1",
            "ProbeJob 2026-08-10 Succeeded 1",
            "ProbeJob 2026-08-11 Succeeded 1",
            "StressCheckReminders 2026-W33 Succeeded 1",
            "StressCheckRetentionPurge 2026-08-10 Succeeded 1",
            "StressCheckRetentionPurge 2026-08-11 Succeeded 1",
        }));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'overtime.interview.evaluate'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_run_is_recorded_and_tried_again_at_a_wake_up_after_its_retry_delay()
    {
        _probeJobFails = true;
        var a = StartHost();
        var b = StartHost();

        await WakeAsync(3, a, b);

        Assert.That(await ProbeJobRunAsync(), Is.EqualTo("Failed 1 InvalidOperationException"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.Zero, "the failed run's change is rolled back");

        // Before the retry delay (one minute) has passed, no host tries again.
        await WakeAsync(3, a, b);
        Assert.That(await ProbeJobRunAsync(), Is.EqualTo("Failed 1 InvalidOperationException"));

        _probeJobFails = false;
        a.Clock.Advance(TimeSpan.FromMinutes(1));
        b.Clock.Advance(TimeSpan.FromMinutes(1));
        await WakeAsync(3, a, b);

        Assert.That(await ProbeJobRunAsync(), Is.EqualTo("Succeeded 2 -"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes WHERE text = 'job-2026-08-10'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Each_event_reaches_each_consumer_once_when_both_hosts_relay_at_the_same_time()
    {
        const int employees = 150;
        var a = StartHost(relays: true, jobs: false);
        var b = StartHost(relays: true, jobs: false);
        var personnelSystem = ClientOf(a, "PS01", null, Roles.PersonnelSystem);
        await OrganisationSeed.DepartmentsAndGradesAsync(personnelSystem);
        await OrganisationSeed.EmployeesAsync(personnelSystem, "2026-08-01",
            [.. Enumerable.Range(1, employees).Select(i => new SeedEmployee($"E{i:0000}", i % 2 == 0 ? "D100" : "D200"))]);

        // Both hosts' background relays run, and each host's relays are also driven at once from here.
        var relays = new[] { a, b }.SelectMany(h => h.Services.GetServices<IOutboxRelay>()).ToList();
        // A pass that finds the module's relay busy on the other host returns at once: keep passing until all is delivered.
        for (var round = 0; round < 2400 && await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages WHERE processed_at IS NULL") > 0; round++)
        {
            await Task.WhenAll(relays.Select(r => Task.Run(() => r.ProcessOnceAsync())));
            await Task.Delay(50);
        }

        var events = await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages");
        Assert.That(events, Is.GreaterThanOrEqualTo(employees + 4));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages WHERE processed_at IS NULL OR attempts <> 1"), Is.Zero,
            "every event was claimed by one relay, once");

        // The probe consumes every directory event: one effect per event, each with its inbox row.
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.received_events"), Is.EqualTo(events));
        Assert.That(await ScalarAsync<long>("SELECT count(DISTINCT event_id) FROM probe.received_events"), Is.EqualTo(events));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.inbox_messages"), Is.EqualTo(events));

        // The programme modules' read models hold each employee once.
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.directory_employees"), Is.EqualTo(employees));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM stress_check.directory_employees"), Is.EqualTo(employees));
        foreach (var schema in new[] { "overtime", "stress_check", "peer_support", "return_to_work", "harassment" })
        {
            Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM {schema}.inbox_messages WHERE event_id NOT IN (SELECT id FROM organisation.outbox_messages)"), Is.Zero);
        }
    }

    [Test]
    public async Task What_one_host_stores_the_other_sees_and_enforces_at_once()
    {
        var a = StartHost();
        var b = StartHost();
        var onA = ClientOf(a, "E9001", "D900", Roles.WelfareOfficer);
        var onB = ClientOf(b, "E9001", "D900", Roles.WelfareOfficer);

        var created = await onA.PostAsJsonAsync("/_probe/notes", new { text = "seen-everywhere" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var read = await onB.GetAsync(created.Headers.Location);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // A month closed through one host is closed for the other: the state is the database's, not a host's.
        Assert.That((await onA.PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = 2026, month = 6 })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var again = await onB.PostAsJsonAsync("/api/v1/overtime/month-closes", new { year = 2026, month = 6 });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ProblemAsync(again)).GetProperty("code").GetString(), Is.EqualTo("overtime.month-already-closed"));
    }

    [Test]
    public async Task Outside_a_request_only_work_the_scheduler_started_acts_as_the_system()
    {
        var a = StartHost(jobs: false);
        await using var scope = a.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        // No request and no token, but no job either: nobody, and refused like anybody without the role.
        await Assert.ThrowsAsync<ForbiddenException>(() => mediator.Send(new EvaluateMonthCommand(2026, 6)));
        await Assert.ThrowsAsync<ForbiddenException>(() => mediator.Send(new CloseMonthCommand(2026, 6)));
        await Assert.ThrowsAsync<ForbiddenException>(() => mediator.Send(new PurgeExpiredRecordsCommand(DryRun: false)));
        await Assert.ThrowsAsync<ForbiddenException>(() => mediator.Send(new RequestDueRemindersCommand()));

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE outcome = 'Denied' AND actor_id = 'anonymous'"), Is.EqualTo(4));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.month_closes"), Is.Zero);
    }

    [Test]
    public async Task A_caller_with_the_role_still_runs_a_job_command_by_hand_through_either_host()
    {
        var a = StartHost(jobs: false);
        var b = StartHost(jobs: false);

        var purge = await ClientOf(b, "E9001", "D900", Roles.WelfareOfficer).PostAsync("/api/v1/stress-check/retention/purge?dryRun=false", null);
        var employee = await ClientOf(a, "E0001", "D100").PostAsync("/api/v1/stress-check/retention/purge?dryRun=false", null);

        Assert.That(purge.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(employee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'retention.purge' AND actor_id = 'E9001' AND outcome = 'Allowed'"), Is.EqualTo(1));
    }

    private WelfareApiFactory StartHost(bool relays = false, bool jobs = true)
    {
        var host = new WelfareApiFactory(
            TestDatabase.ConnectionString,
            settings: new Dictionary<string, string?>
            {
                ["Jobs:Enabled"] = jobs ? "true" : "false",
                ["Outbox:RelayEnabled"] = relays ? "true" : "false",
                ["Outbox:PollingInterval"] = "00:00:00.200",
            },
            testServices: services => services.AddWelfareJob(ProbeJob, "daily 00:00", period =>
                new CreateProbeNoteCommand(_probeJobFails ? $"crash-{period.Key}" : $"job-{period.Key}")));
        _hosts.Add(host);

        // Set before the host starts: its scheduler wakes at once, like a host starting in production.
        host.Clock.SetUtcNow(Due.ToUniversalTime());
        _ = host.Services;
        return host;
    }

    private static HttpClient ClientOf(WelfareApiFactory host, string subject, string? department, params string[] roles)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(subject, department, roles));
        return client;
    }

    /// <summary>
    /// Wakes each host's scheduler <paramref name="times"/> times, all at once. The hosts' background loops wake
    /// too (at start and when their clocks move); a run one of them holds is waited for: its row is locked until it ends.
    /// </summary>
    private static async Task WakeAsync(int times, params WelfareApiFactory[] hosts)
    {
        await Task.WhenAll(Enumerable.Range(0, times).SelectMany(_ => hosts)
            .Select(h => Task.Run(() => h.Services.GetRequiredService<IJobScheduler>().RunDueAsync())));
        for (var i = 0; i < 600 && await RunsInProgressAsync() > 0; i++)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<long> RunsInProgressAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM platform.job_runs) - (SELECT count(*) FROM (SELECT 1 FROM platform.job_runs FOR UPDATE SKIP LOCKED) free)",
            connection, transaction);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> JobRunsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT job || ' ' || period || ' ' || status || ' ' || attempts FROM platform.job_runs ORDER BY job COLLATE \"C\", period", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static Task<string> ProbeJobRunAsync() => ScalarAsync<string>(
        $"SELECT status || ' ' || attempts || ' ' || coalesce(last_error, '-') FROM platform.job_runs WHERE job = '{ProbeJob}' AND period = '2026-08-10'");
}
