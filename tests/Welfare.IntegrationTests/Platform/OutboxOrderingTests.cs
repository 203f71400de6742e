using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Probe;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Telemetry;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// Ordered, batched delivery (docs/adr/0004): a failing event holds the later events of its ordering key back, for
/// every consumer, and nothing is lost or applied twice. The probe publishes numbered steps of synthetic employees;
/// a batch consumer and a per-event handler record each application in the order they make it.
/// </summary>
public sealed class OutboxOrderingTests : ApiTest
{
    private static ProbeStepFaults Faults => Factory.Services.GetRequiredService<ProbeStepFaults>();

    [SetUp]
    public void ClearFaults() => Faults.Reset();

    [TearDown]
    public void ClearFaultsAfter() => Faults.Reset();

    [Test]
    public async Task A_batch_consumer_failing_on_one_event_holds_back_only_that_employees_later_events_and_loses_nothing()
    {
        // Five employees, twenty steps each, interleaved as a day's changes would be: one batch of 100 events.
        var employees = new[] { "E1001", "E1002", "E1003", "E1004", "E1005" };
        await PublishAsync([.. Enumerable.Range(1, 20).SelectMany(step => employees.Select(e => new ProbeStep(e, step)))]);
        // It fails the run of 100 and, alone, once more: then it holds E1003 back until its retry.
        Faults.Fail(ProbeStepFaults.Batch, "E1003", 5, times: 2);

        var delivered = await DeliverEventsAsync();

        // The run of 100 failed as a whole (its partial writes rolled back), then went one event at a time.
        Assert.That(Faults.BatchRuns.First(), Is.EqualTo(100));
        Assert.That(delivered, Is.EqualTo(100 - 16), "E1003's step 5 failed; its steps 6–20 wait behind it");
        foreach (var consumer in new[] { ProbeStepFaults.Batch, ProbeStepFaults.PerEvent })
        {
            Assert.That(await StepsAppliedAsync(consumer, "E1003"), Is.EqualTo(new[] { 1, 2, 3, 4 }), consumer);
            foreach (var other in employees.Where(e => e != "E1003"))
            {
                Assert.That(await StepsAppliedAsync(consumer, other), Is.EqualTo(Enumerable.Range(1, 20)), $"{consumer} {other} is not held back");
            }
        }

        Assert.That(await ScalarAsync<string>(StepRow("E1003", 5, "attempts || ' ' || last_error")), Does.StartWith("1 InvalidOperationException: batch consumer is down"));
        Assert.That(await ScalarAsync<string>(StepRow("E1003", 6, "attempts || ' ' || last_error")), Does.StartWith("0 Held back behind event"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL"), Is.EqualTo(16));

        // Before the failed event's back-off has passed, nothing of E1003 moves, not even a step published since.
        await PublishAsync([new ProbeStep("E1003", 21), new ProbeStep("E1001", 21)]);
        Assert.That(await DeliverEventsAsync(), Is.EqualTo(1), "E1001's new step goes; E1003's waits");
        Assert.That(await StepsAppliedAsync(ProbeStepFaults.Batch, "E1003"), Is.EqualTo(new[] { 1, 2, 3, 4 }));

        Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(await DeliverEventsAsync(), Is.EqualTo(17));

        // Nothing lost, nothing applied twice, and each employee's steps applied in order, by both consumers.
        await AssertEveryStepAppliedOnceInOrderAsync(employees, lastStep: id => id is "E1001" or "E1003" ? 21 : 20);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL OR last_error IS NOT NULL"), Is.Zero);
        Assert.That(await ScalarAsync<int>(StepRow("E1003", 5, "attempts")), Is.EqualTo(2));
        Assert.That(await ScalarAsync<int>(StepRow("E1003", 6, "attempts")), Is.EqualTo(1), "a held-back event was attempted once, when it went");
    }

    [Test]
    public async Task A_per_event_handler_failing_holds_back_its_employee_across_batches_and_the_batch_consumer_applies_nothing_twice()
    {
        var employees = new[] { "E2001", "E2002", "E2003" };
        await PublishAsync([.. Enumerable.Range(1, 10).SelectMany(step => employees.Select(e => new ProbeStep(e, step)))]);
        Faults.Fail(ProbeStepFaults.PerEvent, "E2002", 3, times: 2);

        // Batches of 4 rows: the claim itself must keep E2002's later steps back once its step 3 has failed.
        var relay = NewProbeRelay(batchSize: 4);
        Assert.That(await relay.ProcessOnceAsync(), Is.EqualTo(30 - 8));
        Assert.That(await StepsAppliedAsync(ProbeStepFaults.PerEvent, "E2002"), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(await StepsAppliedAsync(ProbeStepFaults.PerEvent, "E2001"), Is.EqualTo(Enumerable.Range(1, 10)));
        Assert.That(await StepsAppliedAsync(ProbeStepFaults.PerEvent, "E2003"), Is.EqualTo(Enumerable.Range(1, 10)));

        // The batch consumer ran before the failing handler in step 3's batch: it has steps 1–3 of E2002, in order, and
        // none of the later ones, which the claim did not hand out again.
        Assert.That(await StepsAppliedAsync(ProbeStepFaults.Batch, "E2002"), Is.EqualTo(new[] { 1, 2, 3 }));

        Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(await relay.ProcessOnceAsync(), Is.Zero, "the handler fails a second time");
        Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.That(await relay.ProcessOnceAsync(), Is.EqualTo(8));

        await AssertEveryStepAppliedOnceInOrderAsync(employees, lastStep: _ => 10);
        Assert.That(await ScalarAsync<int>(StepRow("E2002", 3, "attempts")), Is.EqualTo(3));

        // Step 3 was offered to the batch consumer again on each retry and skipped by its inbox, without a call.
        Assert.That(Faults.BatchRuns.Sum(), Is.EqualTo(30));
    }

    [Test]
    public async Task A_redelivered_batch_changes_nothing()
    {
        var employees = new[] { "E3001", "E3002" };
        await PublishAsync([.. Enumerable.Range(1, 30).SelectMany(step => employees.Select(e => new ProbeStep(e, step)))]);
        Assert.That(await DeliverEventsAsync(), Is.EqualTo(60));
        Assert.That(Faults.BatchRuns.ToArray(), Is.EqualTo(new[] { 60 }), "one run, one transaction for the batch consumer");

        // As if the relay died after the consumers committed but before it marked the rows delivered.
        await ExecuteAsync("UPDATE probe.outbox_messages SET processed_at = NULL");
        Assert.That(await DeliverEventsAsync(), Is.EqualTo(60));

        Assert.That(Faults.BatchRuns.ToArray(), Is.EqualTo(new[] { 60 }), "the inbox filtered every event out: no second call");
        await AssertEveryStepAppliedOnceInOrderAsync(employees, lastStep: _ => 30);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.inbox_messages WHERE handler = 'probe-steps'"), Is.EqualTo(60));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.inbox_messages WHERE handler LIKE '%ProbeStepIntegrationEventHandler'"), Is.EqualTo(60));
    }

    [Test]
    public async Task The_ordering_key_is_stored_with_the_row_not_in_the_payload_also_on_the_bulk_path()
    {
        // 600 events in one command go by COPY; a handful by one INSERT.
        await PublishAsync([.. Enumerable.Range(1, 300).SelectMany(step => new[] { new ProbeStep("E4001", step), new ProbeStep("E4002", step) })]);
        await PublishAsync([new ProbeStep("E4001", 301)]);

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages WHERE ordering_key = 'employee:' || (payload->>'employeeId')"), Is.EqualTo(601));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages WHERE payload ? 'orderingKey' OR payload::text ILIKE '%ordering%'"), Is.Zero);
        Assert.That(await ScalarAsync<bool>(
            "SELECT bool_and(ok) FROM (SELECT (payload->>'step')::int > lag((payload->>'step')::int, 1, 0) OVER (PARTITION BY ordering_key ORDER BY position) AS ok FROM probe.outbox_messages) s"),
            Is.True, "positions follow the order of publication");

        // The directory's events: keyed by employee or department, and their contracts carry no key.
        var personnelSystem = ClientFor("PS01", null, [Roles.PersonnelSystem]);
        await OrganisationSeed.DepartmentsAndGradesAsync(personnelSystem);
        await OrganisationSeed.EmployeesAsync(personnelSystem, "2026-04-01", new SeedEmployee("E4101", "D100"), new SeedEmployee("E4102", "D200"));

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages WHERE type LIKE '%.Employee%' AND ordering_key = 'employee:' || (payload->>'employeeId')"), Is.EqualTo(2));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages WHERE type LIKE '%.Department%' AND ordering_key = 'department:' || (payload->>'departmentCode')"), Is.EqualTo(4));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages WHERE ordering_key IS NULL OR payload::text ILIKE '%ordering%'"), Is.Zero);
    }

    private static async Task PublishAsync(IReadOnlyList<ProbeStep> steps) =>
        (await Employee().PostAsJsonAsync("/_probe/steps", new { steps })).EnsureSuccessStatusCode();

    private static string StepRow(string employeeId, int step, string column) =>
        $"SELECT {column} FROM probe.outbox_messages WHERE payload->>'employeeId' = '{employeeId}' AND (payload->>'step')::int = {step}";

    /// <summary>The steps the consumer applied for the employee, in the order it applied them.</summary>
    private static async Task<int[]> StepsAppliedAsync(string consumer, string employeeId)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT step FROM probe.applications WHERE consumer = @c AND employee_id = @e ORDER BY id", connection);
        command.Parameters.AddWithValue("c", consumer);
        command.Parameters.AddWithValue("e", employeeId);
        var steps = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetInt32(0));
        }

        return [.. steps];
    }

    private static async Task AssertEveryStepAppliedOnceInOrderAsync(string[] employees, Func<string, int> lastStep)
    {
        var events = await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages");
        foreach (var consumer in new[] { ProbeStepFaults.Batch, ProbeStepFaults.PerEvent })
        {
            Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM probe.applications WHERE consumer = '{consumer}'"), Is.EqualTo(events), $"{consumer}: every event applied");
            Assert.That(await ScalarAsync<long>($"SELECT count(DISTINCT event_id) FROM probe.applications WHERE consumer = '{consumer}'"), Is.EqualTo(events), $"{consumer}: none applied twice");
            foreach (var employee in employees)
            {
                Assert.That(await StepsAppliedAsync(consumer, employee), Is.EqualTo(Enumerable.Range(1, lastStep(employee))), $"{consumer}: {employee}'s steps in order");
            }
        }
    }

    private static OutboxRelay<ProbeDbContext> NewProbeRelay(int batchSize) => new(
        Factory.Services.GetRequiredService<IServiceScopeFactory>(),
        Factory.Services.GetRequiredService<ModuleCatalog>(),
        Clock,
        NullLogger<OutboxRelay<ProbeDbContext>>.Instance,
        Factory.Services.GetRequiredService<WelfareMetrics>(),
        "Probe",
        ProbeModule.Schema,
        batchSize);
}
