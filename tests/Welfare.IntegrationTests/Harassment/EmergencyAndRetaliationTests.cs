using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>Emergency notices (capability 7), follow-ups and retaliation reports (capability 8), other appointing authorities (capability 9).</summary>
public sealed class EmergencyAndRetaliationTests : HarassmentTest
{
    [Test]
    public async Task In_an_emergency_the_personnel_division_is_told_against_the_complainants_wish_and_the_welfare_officer_sees_the_list()
    {
        var id = await ReceiveAsync();

        var notice = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/emergency-notices",
            new { reason = "PossibleSelfHarm", complainantObjected = true, note = "E1 spoke of hurting herself; does not want personnel told." }));
        var asPersonnel = await OkAsync(PersonnelOfficer().GetAsync($"{Base}/complaints/{id}"));
        var list = (await OkAsync(WelfareOfficer().GetAsync($"{Base}/emergency-notices"))).GetProperty("items");
        var asWelfare = await WelfareOfficer().GetAsync($"{Base}/complaints/{id}");

        Assert.That(notice.GetProperty("complainantObjected").GetBoolean(), Is.True);
        Assert.That(asPersonnel.GetProperty("emergencyNotices")[0].GetProperty("reason").GetString(), Is.EqualTo("PossibleSelfHarm"));
        Assert.That(list.GetArrayLength(), Is.EqualTo(1));
        Assert.That(list[0].GetProperty("complaintId").GetGuid(), Is.EqualTo(id));
        Assert.That(list[0].GetProperty("complainantObjected").GetBoolean(), Is.True);
        Assert.That(list[0].TryGetProperty("note", out _), Is.False, "the list carries no content");
        Assert.That(asWelfare.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE action = 'harassment.emergency.notice' AND record_id = '{notice.GetProperty("id").GetGuid()}'"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.outbox_messages WHERE type LIKE '%HarassmentEmergencyNotified%' AND payload::text NOT LIKE '%E1%'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Closure_schedules_checks_on_the_complainant_and_the_witnesses_and_a_retaliation_report_is_linked()
    {
        await OkAsync(WelfareOfficer().PutAsJsonAsync($"{Base}/settings", new { followUpDays = new[] { 30, 90 }, minimumCellSize = 5, supervisorGradeRank = 3, newPeriodMonths = 12 }));
        var id = await ConfirmedComplaintAsync();
        var hearing = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", new
        {
            kind = "Respondent", subjectEmployeeId = "R1", heldOn = Today, account = "Denies.", explanationOffered = true, explanation = "Denies.", disputesFacts = true,
        }));
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings/{hearing.GetProperty("hearingId").GetGuid()}/confirmation", new { version = 1, method = "ReadBack" }));
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", new
        {
            kind = "ThirdParty", subjectEmployeeId = "W1", heldOn = Today, account = "Saw it.", explanationOffered = false, disputesFacts = false,
        }));
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/actions", new { type = "DirectWarning", takenOn = Today, note = "Warned R1.", complainantConsented = true }));
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/complainant-notices", new { toldOn = Today, note = "Told E1." }));
        var closed = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/closure", new { outcome = "Resolved" }));
        var closedOn = DateOnly.Parse(closed.GetProperty("closedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        var checks = closed.GetProperty("followUps").EnumerateArray().Select(f => $"{f.GetProperty("employeeId").GetString()}@{DateOnly.Parse(f.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayNumber - closedOn.DayNumber}").ToList();
        Assert.That(checks, Is.EquivalentTo(new[] { "E1@30", "W1@30", "E1@90", "W1@90" }));
        Assert.That((await OkAsync(Counselor().GetAsync($"{Base}/follow-ups"))).GetProperty("items").GetArrayLength(), Is.Zero, "nothing due yet");

        // The shared clock is left alone (other modules' tests depend on it): ask what is due 31 days on.
        var dueBy = closedOn.AddDays(31).ToString("yyyy-MM-dd");
        var due = (await OkAsync(Counselor().GetAsync($"{Base}/follow-ups?dueBy={dueBy}"))).GetProperty("items");
        Assert.That(due.EnumerateArray().Select(d => d.GetProperty("employeeId").GetString()), Is.EquivalentTo(new[] { "E1", "W1" }));
        Assert.That((await OkAsync(Counselor("C3").GetAsync($"{Base}/follow-ups?dueBy={dueBy}"))).GetProperty("items").GetArrayLength(), Is.Zero);
        var w1 = due.EnumerateArray().Single(d => d.GetProperty("employeeId").GetString() == "W1").GetProperty("checkId").GetGuid();
        var found = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/follow-ups/{w1}", new { adverseTreatmentFound = true, note = "Left out of meetings since." }));
        var twice = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/follow-ups/{w1}", new { adverseTreatmentFound = false });

        var byStranger = await Counselor("C3").PostAsJsonAsync($"{Base}/complaints", Complaint(["C2", "C3"], source: "PersonHarassed", complainant: "W1", respondent: "R1", retaliationOf: id));
        var report = await ReceiveAsync(Complaint(["C1", "C2"], source: "PersonHarassed", complainant: "W1", respondent: "R1", retaliationOf: id));

        Assert.That(found.GetProperty("adverseTreatmentFound").GetBoolean(), Is.True);
        await AssertRuleAsync(twice, HttpStatusCode.Conflict, "harassment.follow-up-done");
        Assert.That(byStranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "only those handling the original may link to it");
        Assert.That((await ComplaintAsync(report)).GetProperty("retaliationOf").GetGuid(), Is.EqualTo(id));
        Assert.That((await Person("R1").GetAsync($"{Base}/complaints/{report}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_respondent_of_another_appointing_authority_is_referred_to_it_and_the_request_is_tracked()
    {
        var other = await ConfirmedComplaintAsync(Complaint(respondent: "X1"));
        var same = await ConfirmedComplaintAsync();

        var refused = await Counselor().PostAsJsonAsync($"{Base}/complaints/{same}/authority-requests", new { note = "Please investigate." });
        var request = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{other}/authority-requests", new { note = "Asked police HQ to investigate X1 and guide him." }));
        var answer = await OkAsync(Counselor().PutAsJsonAsync($"{Base}/complaints/{other}/authority-requests/{request.GetProperty("id").GetGuid()}/answer",
            new { answer = "X1 was interviewed and warned." }));

        await AssertRuleAsync(refused, HttpStatusCode.UnprocessableEntity, "harassment.authority-same");
        Assert.That((await ComplaintAsync(other)).GetProperty("respondentAuthority").GetString(), Is.EqualTo("PoliceHeadquarters"));
        Assert.That(request.GetProperty("appointingAuthority").GetString(), Is.EqualTo("PoliceHeadquarters"));
        Assert.That(answer.GetProperty("answeredOn").GetString(), Is.EqualTo(Today.ToString("yyyy-MM-dd")));
        Assert.That((await ComplaintAsync(other)).GetProperty("authorityRequests")[0].GetProperty("answer").GetString(), Is.EqualTo("X1 was interviewed and warned."));
    }
}
