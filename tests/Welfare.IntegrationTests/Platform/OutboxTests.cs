using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Probe;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Telemetry;

namespace Welfare.IntegrationTests.Platform;

public sealed class OutboxTests : ApiTest
{
    [Test]
    public async Task An_event_is_stored_in_the_same_transaction_as_its_change()
    {
        var response = await Employee().PostAsJsonAsync("/_probe/notes", new { text = "first" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL"), Is.EqualTo(1));
        var noteId = await ScalarAsync<Guid>("SELECT id FROM probe.notes");
        Assert.That(await ScalarAsync<string>("SELECT payload->>'noteId' FROM probe.outbox_messages"), Is.EqualTo(noteId.ToString()));
    }

    [Test]
    public async Task No_event_is_stored_when_the_change_is_rolled_back()
    {
        await Employee().PostAsJsonAsync("/_probe/notes", new { text = "unique" });

        // The second insert fails at commit on the unique index: its outbox row must go with it.
        var duplicate = await Employee().PostAsJsonAsync("/_probe/notes", new { text = "unique" });
        var crashed = await Employee().PostAsJsonAsync("/_probe/notes", new { text = "crash later" });

        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(crashed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_event_is_delivered_once_and_a_second_pass_delivers_nothing()
    {
        await Employee().PostAsJsonAsync("/_probe/notes", new { text = "deliver me" });

        Assert.That(await DeliverEventsAsync(), Is.EqualTo(1));
        Assert.That(await DeliverEventsAsync(), Is.Zero);

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.deliveries"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.inbox_messages"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<int>("SELECT attempts FROM probe.outbox_messages"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_redelivered_event_changes_nothing()
    {
        await Employee().PostAsJsonAsync("/_probe/notes", new { text = "again" });
        await DeliverEventsAsync();

        // As if the relay died after the consumer committed but before it marked the row delivered.
        await ExecuteAsync("UPDATE probe.outbox_messages SET processed_at = NULL");
        Assert.That(await DeliverEventsAsync(), Is.EqualTo(1));

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.deliveries"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_failing_consumer_is_retried_with_back_off_and_later_succeeds()
    {
        Factory.Services.GetRequiredService<ProbeConsumerFaults>().FailNext(1);
        await Employee().PostAsJsonAsync("/_probe/notes", new { text = "flaky" });

        Assert.That(await DeliverEventsAsync(), Is.Zero);
        Assert.That(await ScalarAsync<int>("SELECT attempts FROM probe.outbox_messages"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<string>("SELECT last_error FROM probe.outbox_messages"), Does.Contain("consumer is down"));
        Assert.That(await DeliverEventsAsync(), Is.Zero, "not due again before its back-off has passed");

        Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(await DeliverEventsAsync(), Is.EqualTo(1));

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.deliveries"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<int>("SELECT attempts FROM probe.outbox_messages"), Is.EqualTo(2));
        Assert.That(await ScalarAsync<bool>("SELECT last_error IS NULL AND processed_at IS NOT NULL FROM probe.outbox_messages"), Is.True);
    }

    [Test]
    public async Task Two_relays_running_at_once_deliver_each_event_exactly_once()
    {
        const int events = 120;
        var client = Employee();
        for (var i = 0; i < events; i++)
        {
            (await client.PostAsJsonAsync("/_probe/notes", new { text = $"n{i}" })).EnsureSuccessStatusCode();
        }

        var first = NewProbeRelay();
        var second = NewProbeRelay();
        var delivered = await Task.WhenAll(first.ProcessOnceAsync(), second.ProcessOnceAsync());

        Assert.That(delivered.Sum(), Is.EqualTo(events));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.deliveries"), Is.EqualTo(events));
        Assert.That(await ScalarAsync<long>("SELECT count(DISTINCT event_id) FROM probe.deliveries"), Is.EqualTo(events));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages WHERE attempts <> 1 OR processed_at IS NULL"), Is.Zero);
    }

    private static OutboxRelay<ProbeDbContext> NewProbeRelay() => new(
        Factory.Services.GetRequiredService<IServiceScopeFactory>(),
        Factory.Services.GetRequiredService<ModuleCatalog>(),
        Clock,
        NullLogger<OutboxRelay<ProbeDbContext>>.Instance,
        Factory.Services.GetRequiredService<WelfareMetrics>(),
        "Probe",
        ProbeModule.Schema);
}
