using System.Net;
using System.Net.Http.Json;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>Versions of consultations and of the external counsellors' registry (docs/adr/0011).</summary>
public sealed class ConsultationVersionTests : PeerSupportTest
{
    private static readonly object Counsellor = new
    {
        name = "架空法律事務所 弁護士A", field = "Legal", mentalHealth = false, paid = true, feeNote = "30分5,000円", contact = "096-000-0000", availability = "平日 9-17時",
    };

    [SetUp]
    public Task DesignateSupportersAsync() => SupportersAsync();

    [Test]
    public async Task A_consultation_follows_the_version_rules_and_a_consent_stored_in_its_own_row_moves_its_version()
    {
        var id = await RecordAsync();
        await VersionRules.AssertAsync(Supporter(), $"{Base}/consultations/{id}",
            tag => Supporter().SendJsonAsync(HttpMethod.Post, $"{Base}/consultations/{id}/consents", new { purpose = "Referral", scope = "部外相談員への紹介に同意" }, tag));
    }

    [Test]
    public async Task The_subject_withdraws_a_consent_against_the_version_they_read()
    {
        var id = await RecordAsync();
        var consent = (await ConsentAsync(id, "Referral")).GetProperty("id").GetGuid();
        var read = (await VersionRules.ReadAsync(Subject(), $"{Base}/consultations/{id}")).Tag;
        var updated = await Supporter().PutAsJsonAsync($"{Base}/consultations/{id}", new { category = "Family", content = SecretContent, outcome = "Resolved" });

        var stale = await Subject().SendJsonAsync(HttpMethod.Post, $"{Base}/consultations/{id}/consents/{consent}/withdrawal", null, read);
        var current = (await VersionRules.ReadAsync(Subject(), $"{Base}/consultations/{id}")).Tag;
        var withdrawn = await Subject().SendJsonAsync(HttpMethod.Post, $"{Base}/consultations/{id}/consents/{consent}/withdrawal", null, current);

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
        Assert.That(updated.Headers.ETag, Is.EqualTo(current));
        await VersionRules.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withdrawn.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task An_external_counsellor_is_read_one_at_a_time_and_follows_the_version_rules()
    {
        var id = (await CreatedAsync(await WelfareOfficer().PostAsJsonAsync($"{Base}/external-counselors", Counsellor))).GetProperty("id").GetGuid();
        var one = await Supporter().GetFromJsonAsync<System.Text.Json.JsonElement>($"{Base}/external-counselors/{id}");
        var colleague = await Colleague().GetAsync($"{Base}/external-counselors/{id}");
        var unknown = await WelfareOfficer().GetAsync($"{Base}/external-counselors/{Guid.NewGuid()}");

        Assert.That(one.GetProperty("name").GetString(), Is.EqualTo("架空法律事務所 弁護士A"));
        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "as the registry: supporters, coordinators and welfare officers");
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await VersionRules.AssertAsync(WelfareOfficer(), $"{Base}/external-counselors/{id}", tag => WelfareOfficer().SendJsonAsync(HttpMethod.Put, $"{Base}/external-counselors/{id}", new
        {
            name = "架空法律事務所 弁護士A", field = "Legal", mentalHealth = false, paid = true, feeNote = "初回無料", contact = "096-000-0000", availability = "平日 9-17時", active = true,
        }, tag));
    }
}
