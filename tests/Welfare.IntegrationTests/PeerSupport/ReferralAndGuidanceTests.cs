using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>Capability 5: guidance from coordinators with only what the supporter shares; referrals and superior contacts only with consent.</summary>
public sealed class ReferralAndGuidanceTests : PeerSupportTest
{
    private Guid _consultation;

    [SetUp]
    public async Task SeedConsultationAsync()
    {
        await SupportersAsync();
        await DesignateCoordinatorAsync();
        _consultation = await RecordAsync(body: ConsultationBody(category: "Money"));
    }

    private async Task<Guid> CounselorAsync(bool paid) =>
        (await CreatedAsync(await WelfareOfficer().PostAsJsonAsync($"{Base}/external-counselors", new
        {
            name = paid ? "架空法律事務所 弁護士A" : "架空相談所 相談員B", field = "Legal", mentalHealth = false, paid, contact = "096-000-0000", availability = "平日",
        }))).GetProperty("id").GetGuid();

    [Test]
    public async Task A_referral_needs_the_subjects_recorded_consent_and_for_a_paid_counsellor_the_cost_explained()
    {
        var lawyer = await CounselorAsync(paid: true);
        var refer = (bool costExplained) => Supporter().PostAsJsonAsync($"{Base}/consultations/{_consultation}/referrals",
            new { target = "ExternalCounselor", externalCounselorId = lawyer, costExplained });

        var withoutConsent = await refer(true);
        var consent = await ConsentAsync(_consultation, "Referral");
        var costNotExplained = await refer(false);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.referrals"), Is.Zero);
        var referred = await CreatedAsync(await refer(true));
        var record = await Subject().GetFromJsonAsync<JsonElement>($"{Base}/consultations/{_consultation}");

        Assert.That(await CodeAsync(withoutConsent, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.referral-without-consent"));
        Assert.That(await CodeAsync(costNotExplained, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.referral-cost-not-explained"));
        Assert.That(referred.GetProperty("paid").GetBoolean(), Is.True);
        Assert.That(referred.GetProperty("consentId").GetGuid(), Is.EqualTo(consent.GetProperty("id").GetGuid()));
        Assert.That(record.GetProperty("outcome").GetString(), Is.EqualTo("Referred"));
        Assert.That(record.GetProperty("consents")[0].GetProperty("purpose").GetString(), Is.EqualTo("Referral"));
    }

    [Test]
    public async Task A_free_counsellor_or_a_division_needs_consent_but_no_cost_explanation_and_a_withdrawn_consent_counts_for_nothing()
    {
        var free = await CounselorAsync(paid: false);
        var consent = (await ConsentAsync(_consultation, "Referral")).GetProperty("id").GetGuid();

        var toFree = await Supporter().PostAsJsonAsync($"{Base}/consultations/{_consultation}/referrals", new { target = "ExternalCounselor", externalCounselorId = free, costExplained = false });
        var withdrawn = await Subject().PostAsync($"{Base}/consultations/{_consultation}/consents/{consent}/withdrawal", null);
        var toDivision = await Supporter().PostAsJsonAsync($"{Base}/consultations/{_consultation}/referrals", new { target = "Division", divisionName = "厚生課", costExplained = false });

        Assert.That(toFree.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CodeAsync(toDivision, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.referral-without-consent"));
    }

    [Test]
    public async Task The_superior_is_contacted_only_with_consent_urging_the_subject_is_always_recorded()
    {
        var contact = () => Supporter("en").PostAsJsonAsync($"{Base}/consultations/{_consultation}/superior-contacts", new { kind = "ContactedWithConsent" });

        var withoutConsent = await contact();
        var urged = await Supporter().PostAsJsonAsync($"{Base}/consultations/{_consultation}/superior-contacts", new { kind = "UrgedSubjectToSpeak" });
        await ConsentAsync(_consultation, "Referral");
        var withReferralConsentOnly = await contact();
        await ConsentAsync(_consultation, "SuperiorContact");
        var withConsent = await contact();
        var record = await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/consultations/{_consultation}");

        Assert.That(await CodeAsync(withoutConsent, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.superior-contact-without-consent"));
        Assert.That(urged.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await CodeAsync(withReferralConsentOnly, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.superior-contact-without-consent"));
        Assert.That(withConsent.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(record.GetProperty("superiorContacts").EnumerateArray().Select(c => c.GetProperty("kind").GetString()),
            Is.EquivalentTo(new[] { "UrgedSubjectToSpeak", "ContactedWithConsent" }));
    }

    [Test]
    public async Task Only_the_recording_supporter_refers_or_records_consent()
    {
        var byOther = await OtherSupporter().PostAsJsonAsync($"{Base}/consultations/{_consultation}/consents", new { purpose = "Referral", scope = "x" });
        var bySubject = await Subject().PostAsJsonAsync($"{Base}/consultations/{_consultation}/consents", new { purpose = "Referral", scope = "x" });
        var byWelfare = await WelfareOfficer().PostAsJsonAsync($"{Base}/consultations/{_consultation}/referrals", new { target = "Division", divisionName = "厚生課", costExplained = false });

        Assert.That(byOther.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(bySubject.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byWelfare.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.consultation_consents"), Is.Zero);
    }

    [Test]
    public async Task A_coordinator_sees_only_what_the_supporter_shares_and_answers_it()
    {
        const string shared = "金銭問題で専門家の紹介先を相談したい";
        var requested = await CreatedAsync(await Supporter().PostAsJsonAsync($"{Base}/consultations/{_consultation}/guidance-requests",
            new { coordinatorId = "E8900", sharedDetails = shared }));
        var guidanceId = requested.GetProperty("id").GetGuid();

        var inbox = (await Coordinator().GetFromJsonAsync<JsonElement>($"{Base}/guidance-requests")).GetProperty("items");
        var consultation = await Coordinator().GetAsync($"{Base}/consultations/{_consultation}");
        var byOtherSupporter = await OtherSupporter().PostAsJsonAsync($"{Base}/guidance-requests/{guidanceId}/advice", new { advice = "x" });
        var advice = await Coordinator().PostAsJsonAsync($"{Base}/guidance-requests/{guidanceId}/advice", new { advice = "法律の部外相談員を紹介し、費用を説明すること" });
        var sent = (await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/guidance-requests")).GetProperty("items");
        var toNonCoordinator = await Supporter().PostAsJsonAsync($"{Base}/consultations/{_consultation}/guidance-requests", new { coordinatorId = "E8003", sharedDetails = "x" });

        Assert.That(inbox.GetArrayLength(), Is.EqualTo(1));
        Assert.That(inbox[0].GetProperty("sharedDetails").GetString(), Is.EqualTo(shared));
        Assert.That(inbox[0].GetProperty("consultationId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(inbox.GetRawText(), Does.Not.Contain(SecretContent).And.Not.Contain("E8002"));
        Assert.That(consultation.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byOtherSupporter.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(advice.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent[0].GetProperty("advice").GetString(), Is.EqualTo("法律の部外相談員を紹介し、費用を説明すること"));
        Assert.That(sent[0].GetProperty("consultationId").GetGuid(), Is.EqualTo(_consultation));
        Assert.That(await CodeAsync(toNonCoordinator, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.not-a-coordinator"));
    }
}
