using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>Complaints and intake records (capability 3) and read-back with versions (capability 4).</summary>
public sealed class ComplaintIntakeTests : HarassmentTest
{
    private static Task<long> ComplaintCountAsync() => ScalarAsync<long>("SELECT count(*) FROM harassment.complaints");

    [Test]
    public async Task A_counsellor_records_a_complaint_with_two_counsellors_one_of_the_requested_sex()
    {
        var id = await ReceiveAsync(Complaint(["C1", "C2"], requestedSex: "Female", kinds:
        [
            new { kind = "PregnancyChildcareCareHarassment", subKind = "FertilityTreatment" },
            new { kind = "PregnancyChildcareCareHarassment", subKind = "ChildcareLeave" },
            new { kind = "PowerHarassment" },
        ]));

        var complaint = await ComplaintAsync(id, "C2");

        Assert.That(complaint.GetProperty("status").GetString(), Is.EqualTo("Intake"));
        Assert.That(complaint.GetProperty("source").GetString(), Is.EqualTo("PersonHarassed"));
        Assert.That(complaint.GetProperty("counselorIds").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "C1", "C2" }));
        Assert.That(complaint.GetProperty("kinds").EnumerateArray().Select(k => $"{k.GetProperty("kind").GetString()}/{k.GetProperty("subKind")}"),
            Is.EquivalentTo(new[] { "PregnancyChildcareCareHarassment/FertilityTreatment", "PregnancyChildcareCareHarassment/ChildcareLeave", "PowerHarassment/" }));
        Assert.That(complaint.GetProperty("requestedSexUnavailable").GetBoolean(), Is.False);
    }

    [TestCase("Witness", "W1", "E1")]
    [TestCase("SupervisorConsulted", "S1", "E1")]
    public async Task Third_parties_and_supervisors_bring_complaints_about_someone_else(string source, string complainant, string harassed)
    {
        var id = await ReceiveAsync(Complaint(source: source, complainant: complainant, personHarassed: harassed));

        var complaint = await ComplaintAsync(id);

        Assert.That((complaint.GetProperty("complainantId").GetString(), complaint.GetProperty("personHarassedId").GetString(), complaint.GetProperty("respondentId").GetString()),
            Is.EqualTo((complainant, harassed, "R1")));
    }

    [Test]
    public async Task A_person_told_they_harass_is_recorded_as_the_respondent()
    {
        var id = await ReceiveAsync(Complaint(source: "PersonToldTheyHarass", complainant: "R1", respondent: null));

        Assert.That((await ComplaintAsync(id)).GetProperty("respondentId").GetString(), Is.EqualTo("R1"));
    }

    [Test]
    public async Task Bad_complaints_are_refused_with_their_reason_and_nothing_is_stored()
    {
        var cases = new (object Body, HttpStatusCode Status, string Code)[]
        {
            (Complaint(kinds: []), HttpStatusCode.UnprocessableEntity, "harassment.complaint-without-kind"),
            (Complaint(kinds: [new { kind = "PregnancyChildcareCareHarassment" }]), HttpStatusCode.UnprocessableEntity, "harassment.complaint-sub-kind-required"),
            (Complaint(kinds: [new { kind = "PowerHarassment", subKind = "CareLeave" }]), HttpStatusCode.UnprocessableEntity, "harassment.complaint-sub-kind-not-allowed"),
            (Complaint(["C1"]), HttpStatusCode.UnprocessableEntity, "harassment.counselors-single-without-reason"),
            (Complaint(["C1", "W1"]), HttpStatusCode.UnprocessableEntity, "harassment.counselors-not-designated"),
            (Complaint(["C2"], requestedSex: "Female", singleReason: "Only one available"), HttpStatusCode.UnprocessableEntity, "harassment.counselors-requested-sex"),
            (Complaint(["C1", "C2"], complainant: "C1"), HttpStatusCode.UnprocessableEntity, "harassment.counselors-party"),
            (Complaint(["C1", "C2"], respondent: "C1"), HttpStatusCode.UnprocessableEntity, "harassment.counselors-party"),
        };
        foreach (var (body, status, code) in cases)
        {
            await AssertRuleAsync(await Counselor("C3").PostAsJsonAsync($"{Base}/complaints", body), status, code);
        }

        Assert.That(await ComplaintCountAsync(), Is.Zero);
    }

    [Test]
    public async Task One_counsellor_handles_a_case_only_with_the_reason_recorded()
    {
        var id = await ReceiveAsync(Complaint(["C1"], singleReason: "The complainant asked to speak to one person only."));

        Assert.That((await ComplaintAsync(id)).GetProperty("singleCounselorReason").GetString(), Is.EqualTo("The complainant asked to speak to one person only."));
    }

    [Test]
    public async Task Without_a_counsellor_of_the_requested_sex_available_the_case_says_so()
    {
        var id = await ReceiveAsync(Complaint(["C1", "C3"], requestedSex: "Male", respondent: "C2"));

        Assert.That((await ComplaintAsync(id)).GetProperty("requestedSexUnavailable").GetBoolean(), Is.True, "C2, the only man, is the respondent");
    }

    [Test]
    public async Task Only_designated_counsellors_record_complaints()
    {
        foreach (var client in new[] { Person("E1"), Person("H1", "D100", "department-head"), WelfareOfficer(), PersonnelOfficer() })
        {
            var response = await client.PostAsJsonAsync($"{Base}/complaints", Complaint());
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }

        Assert.That(await ComplaintCountAsync(), Is.Zero);
    }

    [Test]
    public async Task The_intake_record_holds_every_field_of_the_guideline_and_is_confirmed_by_version()
    {
        var id = await ReceiveAsync();
        var draft = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake", Facts("High")));
        var redraft = await OkAsync(Counselor("C2").PostAsJsonAsync($"{Base}/complaints/{id}/intake", Facts("High", "Shouted at in the corridor.")));
        var stale = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake/confirmation", new { version = 1, method = "InWriting" });
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake/confirmation", new { version = 2, method = "InWriting" }));

        var complaint = await ComplaintAsync(id);
        var intake = complaint.GetProperty("intake");

        Assert.That((draft.GetProperty("version").GetInt32(), redraft.GetProperty("version").GetInt32()), Is.EqualTo((1, 2)));
        await AssertRuleAsync(stale, HttpStatusCode.Conflict, "harassment.record-version");
        Assert.That(complaint.GetProperty("status").GetString(), Is.EqualTo("InProgress"));
        Assert.That(intake.GetArrayLength(), Is.EqualTo(2));
        Assert.That(intake[0].GetProperty("facts").GetProperty("howOccurred").GetString(), Is.EqualTo("Repeated remarks about appearance in front of colleagues."));
        Assert.That(intake[0].GetProperty("confirmedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var facts = intake[1].GetProperty("facts");
        Assert.That(facts.GetProperty("howOccurred").GetString(), Is.EqualTo("Shouted at in the corridor."));
        Assert.That(facts.GetProperty("urgency").GetString(), Is.EqualTo("High"));
        Assert.That(facts.GetProperty("wantsFutureConductStopped").GetBoolean(), Is.True);
        Assert.That(facts.GetProperty("relationship").GetString(), Is.EqualTo("Respondent is the complainant's section chief."));
        Assert.That(facts.GetProperty("complainantResponse").GetString(), Is.EqualTo("Asked him to stop once."));
        Assert.That(facts.GetProperty("witnesses").GetString(), Is.EqualTo("W1 was present."));
        Assert.That(intake[1].GetProperty("confirmationMethod").GetString(), Is.EqualTo("InWriting"));
        Assert.That(intake[1].GetProperty("recordedBy").GetString(), Is.EqualTo("C2"));
    }

    [Test]
    public async Task A_confirmed_record_is_never_edited_corrections_are_appended()
    {
        var id = await ConfirmedComplaintAsync();

        var edit = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake", Facts("Low", "Changed afterwards"));
        var correction = await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake/corrections",
            new { facts = Facts("Moderate", "Remarks about appearance, also by e-mail."), correctionNote = "The complainant added the e-mails." }));
        var intake = (await ComplaintAsync(id)).GetProperty("intake");

        await AssertRuleAsync(edit, HttpStatusCode.Conflict, "harassment.record-confirmed");
        Assert.That(correction.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(intake[0].GetProperty("facts").GetProperty("howOccurred").GetString(), Is.EqualTo("Repeated remarks about appearance in front of colleagues."));
        Assert.That(intake[0].GetProperty("confirmedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(intake[1].GetProperty("correctionNote").GetString(), Is.EqualTo("The complainant added the e-mails."));
        Assert.That(intake[1].GetProperty("confirmedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.intake_records"), Is.EqualTo(2));
    }

    [Test]
    public async Task An_intake_without_what_the_complainant_wants_or_the_facts_is_invalid()
    {
        var id = await ReceiveAsync();

        var response = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake", new
        {
            wantsFutureConductStopped = false, wantsRemedyForPastConduct = false, urgency = "Low", complainantState = "", relationship = "x",
            whenOccurred = "x", whereOccurred = "x", howOccurred = "x", complainantResponse = "x", supervisorConsulted = false, knownOnlyToParties = true,
        });
        var problem = await ProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.SupersetOf(new[] { "complainantState", "wish" }), "keys as sent: the facts are the body");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.intake_records"), Is.Zero);
    }

    [Test]
    public async Task The_welfare_officer_reassigns_counsellors_without_seeing_the_content()
    {
        var id = await ConfirmedComplaintAsync();

        var assignment = await OkAsync(WelfareOfficer().PutAsJsonAsync($"{Base}/complaints/{id}/counselors", new { counselorIds = new[] { "C2", "C3" } }));
        var asC1 = await Counselor("C1").GetAsync($"{Base}/complaints/{id}");
        var asC3 = await ComplaintAsync(id, "C3");

        Assert.That(assignment.GetProperty("counselorIds").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "C2", "C3" }));
        Assert.That(assignment.TryGetProperty("intake", out _), Is.False);
        Assert.That(asC1.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "C1 is no longer assigned");
        Assert.That(asC3.GetProperty("intake").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Field_errors_of_an_intake_are_keyed_as_sent_whether_the_facts_are_the_body_or_a_member_of_it()
    {
        var received = await ReceiveAsync();
        var confirmed = await ConfirmedComplaintAsync();
        var blank = new
        {
            wantsFutureConductStopped = false, wantsRemedyForPastConduct = false, wishNote = (string?)null, urgency = "Moderate",
            complainantState = "Sleeping badly.", relationship = "Section chief.", whenOccurred = "Last month.", whereOccurred = "Office D100.",
            howOccurred = "", complainantResponse = "Asked him to stop.", supervisorConsulted = false, supervisorConsultationNote = (string?)null,
            knownOnlyToParties = false, witnesses = "None.",
        };

        // The facts are the whole body here (RecordIntakeCommand(Id, Facts) wraps them) …
        var recorded = await Counselor().PostAsJsonAsync($"{Base}/complaints/{received}/intake", blank);
        // … and a member "facts" of the body there.
        var corrected = await Counselor().PostAsJsonAsync($"{Base}/complaints/{confirmed}/intake/corrections", new { facts = blank, correctionNote = "Added." });

        Assert.That(await ErrorKeysAsync(recorded), Is.EquivalentTo(new[] { "howOccurred", "wish" }));
        Assert.That(await ErrorKeysAsync(corrected), Is.EquivalentTo(new[] { "facts.howOccurred", "facts.wish" }));
    }

    private static async Task<IEnumerable<string>> ErrorKeysAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        return (await ProblemAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
    }
}
