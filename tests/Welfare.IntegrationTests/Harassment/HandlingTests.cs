using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>Hearings (capability 5), actions and closure (capability 6).</summary>
public sealed class HandlingTests : HarassmentTest
{
    private static object RespondentHearing(bool offered = true, bool disputes = true) => new
    {
        kind = "Respondent", subjectEmployeeId = "R1", heldOn = Today, account = "Says the remarks were meant as jokes.",
        explanationOffered = offered, explanation = "Did not know it hurt.", disputesFacts = disputes,
    };

    private static object ThirdPartyHearing(string subject = "W1") => new
    {
        kind = "ThirdParty", subjectEmployeeId = subject, heldOn = Today, account = "Heard the remarks twice.", explanationOffered = false, disputesFacts = false,
    };

    [Test]
    public async Task Nothing_is_done_before_the_intake_is_confirmed()
    {
        var id = await ReceiveAsync();
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake", Facts()));

        var action = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/actions", new { type = "DirectWarning", takenOn = Today, note = "x", complainantConsented = true });
        var hearing = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", RespondentHearing());
        var close = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/closure", new { outcome = "Resolved" });

        await AssertRuleAsync(action, HttpStatusCode.UnprocessableEntity, "harassment.intake-not-confirmed");
        await AssertRuleAsync(hearing, HttpStatusCode.UnprocessableEntity, "harassment.intake-not-confirmed");
        await AssertRuleAsync(close, HttpStatusCode.UnprocessableEntity, "harassment.intake-not-confirmed");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.complaint_actions") + await ScalarAsync<long>("SELECT count(*) FROM harassment.hearing_records"), Is.Zero);
    }

    [Test]
    public async Task The_respondent_is_heard_with_the_chance_to_explain_then_third_parties_where_the_parties_disagree()
    {
        var id = await ConfirmedComplaintAsync();

        var noChance = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", RespondentHearing(offered: false));
        var tooEarly = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", ThirdPartyHearing());
        var hearing = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", RespondentHearing()));
        var hearingId = hearing.GetProperty("hearingId").GetGuid();
        var corrected = await OkAsync(Counselor("C2").PostAsJsonAsync($"{Base}/complaints/{id}/hearings/{hearingId}/corrections",
            new { account = "Says the remarks were jokes; denies the meetings.", explanation = "Did not know it hurt.", disputesFacts = true, correctionNote = "R1 corrected the account on read-back." }));
        var stillEarly = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", ThirdPartyHearing());
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings/{hearingId}/confirmation", new { version = 2, method = "ReadBack" }));
        var partyAsWitness = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", ThirdPartyHearing("E1"));
        var witness = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/hearings", ThirdPartyHearing()));

        await AssertRuleAsync(noChance, HttpStatusCode.UnprocessableEntity, "harassment.hearing-no-chance-to-explain");
        await AssertRuleAsync(tooEarly, HttpStatusCode.UnprocessableEntity, "harassment.hearing-parties-agree");
        await AssertRuleAsync(stillEarly, HttpStatusCode.UnprocessableEntity, "harassment.hearing-parties-agree");
        await AssertRuleAsync(partyAsWitness, HttpStatusCode.UnprocessableEntity, "harassment.hearing-party-as-third-party");
        Assert.That(corrected.GetProperty("versions").GetArrayLength(), Is.EqualTo(2));
        Assert.That(witness.GetProperty("kind").GetString(), Is.EqualTo("ThirdParty"));
        var hearings = (await ComplaintAsync(id)).GetProperty("hearings");
        Assert.That(hearings.GetArrayLength(), Is.EqualTo(2));
        Assert.That(hearings[0].GetProperty("versions")[0].GetProperty("account").GetString(), Is.EqualTo("Says the remarks were meant as jokes."));
        Assert.That(hearings[0].GetProperty("versions")[1].GetProperty("confirmationMethod").GetString(), Is.EqualTo("ReadBack"));
        Assert.That(hearings[0].GetProperty("versions")[0].GetProperty("explanationOffered").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_minor_case_goes_to_the_supervisor_instead_of_a_hearing_but_an_urgent_one_cannot()
    {
        var urgent = await ConfirmedComplaintAsync(urgency: "High");
        var minor = await ConfirmedComplaintAsync(urgency: "Low");

        var refused = await Counselor().PutAsJsonAsync($"{Base}/complaints/{urgent}/handling", new { choice = "SupervisorObservation", reason = "Minor remarks." });
        var chosen = await OkAsync(Counselor().PutAsJsonAsync($"{Base}/complaints/{minor}/handling", new { choice = "SupervisorObservation", reason = "One remark, no urgency." }));
        var hearing = await Counselor().PostAsJsonAsync($"{Base}/complaints/{minor}/hearings", RespondentHearing());
        var guidance = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{minor}/actions",
            new { type = "SupervisorGuidance", takenOn = Today, note = "S1 asked to observe and guide R1.", complainantConsented = true }));

        await AssertRuleAsync(refused, HttpStatusCode.UnprocessableEntity, "harassment.handling-urgent");
        Assert.That(chosen.GetProperty("handling").GetString(), Is.EqualTo("SupervisorObservation"));
        Assert.That(chosen.GetProperty("handlingReason").GetString(), Is.EqualTo("One remark, no urgency."));
        await AssertRuleAsync(hearing, HttpStatusCode.UnprocessableEntity, "harassment.hearing-supervisor-observation");
        Assert.That(guidance.GetProperty("type").GetString(), Is.EqualTo("SupervisorGuidance"));
    }

    [Test]
    public async Task A_case_closes_only_after_the_complainant_is_told_what_was_done()
    {
        var id = await ConfirmedComplaintAsync();
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/actions", new { type = "Mediation", takenOn = Today, note = "R1 apologised in person.", complainantConsented = true }));

        var early = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/closure", new { outcome = "Resolved" });
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/complainant-notices", new { toldOn = Today, note = "Told E1 of the apology." }));
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/actions", new { type = "AdviceToComplainant", takenOn = Today, note = "Advised E1 to report any recurrence.", complainantConsented = true }));
        var stale = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/closure", new { outcome = "Resolved" });
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/complainant-notices", new { toldOn = Today, note = "Told E1 of the advice." }));
        var closed = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/closure", new { outcome = "Resolved", note = "Apology accepted." }));
        var after = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/actions", new { type = "DirectWarning", takenOn = Today, note = "x", complainantConsented = true });

        await AssertRuleAsync(early, HttpStatusCode.UnprocessableEntity, "harassment.closure-complainant-not-told");
        await AssertRuleAsync(stale, HttpStatusCode.UnprocessableEntity, "harassment.closure-complainant-not-told");
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("Closed"));
        Assert.That(closed.GetProperty("outcome").GetString(), Is.EqualTo("Resolved"));
        Assert.That(closed.GetProperty("closedOn").GetString(), Is.EqualTo(Today.ToString("yyyy-MM-dd")));
        Assert.That(closed.GetProperty("actions").GetArrayLength(), Is.EqualTo(2));
        await AssertRuleAsync(after, HttpStatusCode.Conflict, "harassment.complaint-closed");
    }

    [Test]
    public async Task Personnel_measures_as_an_outcome_need_a_referral()
    {
        var id = await ConfirmedComplaintAsync();
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/complainant-notices", new { toldOn = Today, note = "Told E1." }));

        var response = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/closure", new { outcome = "PersonnelMeasures" });

        await AssertRuleAsync(response, HttpStatusCode.UnprocessableEntity, "harassment.closure-not-referred");
        Assert.That((await ComplaintAsync(id)).GetProperty("status").GetString(), Is.EqualTo("InProgress"));
    }
}
