using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>Capability 6: urgent cases alert coordinators and welfare officers, without content, and must be acted on in time.</summary>
public sealed class UrgentCaseTests : PeerSupportTest
{
    [Test]
    public async Task Raising_an_urgent_case_alerts_without_content_and_an_action_is_due_within_the_configured_hours()
    {
        await SupportersAsync();
        await DesignateCoordinatorAsync();
        var id = await RecordAsync(body: ConsultationBody(category: "Health"));

        var raised = await Supporter().PostAsJsonAsync($"{Base}/consultations/{id}/urgency", new { kind = "DangerToLifeOrBody" });
        var payload = await ScalarAsync<string>("SELECT payload::text FROM peer_support.outbox_messages WHERE type LIKE '%PeerSupportUrgentCaseRaised%'");
        var alerts = (await Coordinator().GetFromJsonAsync<JsonElement>($"{Base}/urgent-cases")).GetProperty("items");
        var byEmployee = await Colleague().GetAsync($"{Base}/urgent-cases");
        var byHead = await Head().GetAsync($"{Base}/urgent-cases");
        var twice = await Supporter().PostAsJsonAsync($"{Base}/consultations/{id}/urgency", new { kind = "PossibleCrime" });

        Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.OK), await raised.Content.ReadAsStringAsync());
        Assert.That(payload, Does.Contain(id.ToString()).And.Contain("DangerToLifeOrBody").And.Not.Contain(SecretContent).And.Not.Contain("E8002"));
        Assert.That(alerts.GetArrayLength(), Is.EqualTo(1));
        Assert.That(alerts[0].GetProperty("overdue").GetBoolean(), Is.False);
        Assert.That(alerts.GetRawText(), Does.Not.Contain(SecretContent).And.Not.Contain("E8002"));
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byHead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await CodeAsync(twice, HttpStatusCode.Conflict), Is.EqualTo("peer-support.consultation-already-urgent"));
        Assert.That(await DeliverEventsAsync(), Is.GreaterThanOrEqualTo(1));

        Clock.Advance(TimeSpan.FromHours(25));
        var overdue = (await WelfareOfficer().GetFromJsonAsync<JsonElement>($"{Base}/urgent-cases?overdue=true")).GetProperty("items");
        var action = await Supporter().PostAsJsonAsync($"{Base}/consultations/{id}/urgent-action", new { action = "本人の同意を得て家族に連絡し、医療機関へ同行した" });
        var afterAction = (await WelfareOfficer().GetFromJsonAsync<JsonElement>($"{Base}/urgent-cases?overdue=true")).GetProperty("items");
        var record = await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/consultations/{id}");

        Assert.That(overdue.EnumerateArray().Select(a => a.GetProperty("consultationId").GetGuid()), Is.EqualTo(new[] { id }));
        Assert.That(action.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterAction.GetArrayLength(), Is.Zero);
        Assert.That(record.GetProperty("outcome").GetString(), Is.EqualTo("Escalated"));
    }

    [Test]
    public async Task Only_the_recording_supporter_raises_or_acts_on_an_urgent_case()
    {
        await SupportersAsync();
        var id = await RecordAsync();

        var byOther = await OtherSupporter().PostAsJsonAsync($"{Base}/consultations/{id}/urgency", new { kind = "PossibleCrime" });
        var byWelfare = await WelfareOfficer().PostAsJsonAsync($"{Base}/consultations/{id}/urgency", new { kind = "PossibleCrime" });
        var actionWithoutUrgency = await Supporter().PostAsJsonAsync($"{Base}/consultations/{id}/urgent-action", new { action = "x" });

        Assert.That(byOther.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byWelfare.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await CodeAsync(actionWithoutUrgency, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.consultation-not-urgent"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.outbox_messages"), Is.Zero);
    }
}
