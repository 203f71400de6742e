using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.ReturnToWork;

/// <summary>Who may not act or see, and bad input that changes nothing.</summary>
public sealed class PreReturnRefusalTests : ReturnToWorkTest
{
    [Test]
    public async Task Each_party_sees_only_the_parts_of_a_case_their_duty_needs_and_everyone_else_gets_404()
    {
        var (id, _) = await RunningCaseAsync();

        var parts = new Dictionary<string, JsonElement>
        {
            ["participant"] = await CaseAsync(Self(), id),
            ["head"] = await CaseAsync(Head(), id),
            ["officer"] = await CaseAsync(Officer(), id),
            ["physician"] = await CaseAsync(Physician(), id),
            ["welfare"] = await CaseAsync(Welfare(), id),
            ["director"] = await CaseAsync(Director(), id),
        };

        Assert.That(parts["officer"].GetProperty("certificate").ValueKind, Is.EqualTo(JsonValueKind.Null), "the support officer never sees the certificate");
        Assert.That(parts["officer"].GetProperty("application").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(parts["officer"].GetProperty("plan").ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(parts["participant"].GetProperty("review").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(parts["welfare"].GetProperty("logs").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(parts["head"].GetProperty("certificate").GetProperty("size").GetInt64(), Is.EqualTo(Pdf.Length));
        Assert.That(parts["physician"].GetProperty("review").GetProperty("opinion").GetString(), Is.EqualTo("fit for a gradual trial"));
        Assert.That(parts["director"].GetProperty("parts").EnumerateArray().Select(p => p.GetString()), Does.Not.Contain("logs"));

        var certificate = await Head().GetAsync($"{Base}/pre-returns/{id}/certificate");
        Assert.That(certificate.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await certificate.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
        Assert.That(certificate.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        await AssertProblemAsync(await Officer().GetAsync($"{Base}/pre-returns/{id}/certificate"), HttpStatusCode.NotFound);

        foreach (var stranger in new[] { OtherHead(), Employee("E8001", "D100"), InRole(Roles.PersonnelOfficer), InRole(Roles.Auditor) })
        {
            await AssertProblemAsync(await stranger.GetAsync($"{Base}/pre-returns/{id}"), HttpStatusCode.NotFound);
            await AssertProblemAsync(await stranger.GetAsync($"{Base}/pre-returns/{id}/certificate"), HttpStatusCode.NotFound);
            Assert.That((await stranger.GetFromJsonAsync<JsonElement>($"{Base}/pre-returns")).GetProperty("items").GetArrayLength(), Is.Zero);
        }

        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE record_id = '{id}' AND outcome = 'Denied'"), Is.EqualTo(9));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE record_id = '{id}' AND action = 'pre-return.certificate.read' AND outcome = 'Allowed'"),
            Is.EqualTo(1));
    }

    [Test]
    public async Task Only_the_right_party_acts_on_each_step()
    {
        var id = await AppliedCaseAsync();
        var plan = StandardPlan(Today.AddDays(1));

        await AssertProblemAsync(await Physician().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", plan), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Self().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", plan), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await OtherHead().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", plan), HttpStatusCode.NotFound);
        await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", plan));
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/review", new { interviewedOn = Iso(Today), feasible = true, planAppropriate = true, opinion = "x" }),
            HttpStatusCode.Forbidden);
        await OkAsync(await Physician().PutAsJsonAsync($"{Base}/pre-returns/{id}/review", new { interviewedOn = Iso(Today), feasible = true, planAppropriate = true, opinion = "x" }));

        foreach (var wrong in new[] { Head(), Physician(), Welfare(), Self() })
        {
            await AssertProblemAsync(await wrong.PostAsJsonAsync($"{Base}/pre-returns/{id}/decision", new { approved = true, remarks = "x" }), HttpStatusCode.Forbidden);
        }

        Assert.That((await CaseAsync(Head(), id)).GetProperty("status").GetString(), Is.EqualTo("Reviewed"));
        await OkAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/decision", new { approved = true, remarks = "x" }));
        await AssertProblemAsync(await Director().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = SupportOfficer }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = "E8002" }),
            HttpStatusCode.UnprocessableEntity, "return-to-work.support-officer-grade-too-low");
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = "E0404" }),
            HttpStatusCode.UnprocessableEntity, "return-to-work.support-officer-unknown");
        await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = SupportOfficer }));

        var start = Today.AddDays(1);
        MoveTo(start, 18, 0);
        await AssertProblemAsync(await Officer().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start)), HttpStatusCode.Forbidden);
        await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start)));
        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs/{Iso(start)}/review", new { report = "x" }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Officer().PostAsJsonAsync($"{Base}/pre-returns/{id}/stop", new { }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Physician().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests", new
        {
            kind = "Cancellation", reason = "OtherwiseUnsuitable", explanation = "x", newPlan = (object?)null,
        }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Bad_plans_are_refused_and_nothing_stored_changes()
    {
        var id = await AppliedCaseAsync();
        var start = Today.AddDays(1);
        var heavier = Enumerable.Range(1, 4).Select(w => (object)new { week = w, start = "08:30:00", end = "17:15:00", daysPerWeek = 5 }).ToArray();
        var lighter = new object[]
        {
            new { week = 1, start = "09:00:00", end = "11:00:00", daysPerWeek = 3 }, new { week = 2, start = "08:30:00", end = "12:00:00", daysPerWeek = 5 },
            new { week = 3, start = "08:30:00", end = "14:00:00", daysPerWeek = 5 }, new { week = 4, start = "08:30:00", end = "16:00:00", daysPerWeek = 5 },
        };

        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(start, 13)), HttpStatusCode.UnprocessableEntity, "return-to-work.plan-too-long");
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(start, 4, heavier)), HttpStatusCode.UnprocessableEntity, "return-to-work.plan-heavier-than-standard");
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(Today.AddDays(-1))), HttpStatusCode.UnprocessableEntity, "return-to-work.plan-starts-in-past");
        var elsewhere = new
        {
            startOn = Iso(start), weeks = 4, placeDepartmentCode = "D200", placeChangeReason = (string?)null, placeChangeExplanation = (string?)null,
            tasks = new[] { "PreparingDocuments" }, taskDetails = (string?)null, schedule = (object[]?)null, considerations = (string?)null,
        };
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", elsewhere), HttpStatusCode.UnprocessableEntity, "return-to-work.place-change-reason-missing");
        var publicContact = new
        {
            startOn = Iso(start), weeks = 4, placeDepartmentCode = (string?)null, placeChangeReason = (string?)null, placeChangeExplanation = (string?)null,
            tasks = new[] { "ReceptionOfVisitors" }, taskDetails = (string?)null, schedule = (object[]?)null, considerations = (string?)null,
        };
        Assert.That((await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", publicContact)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "no task outside the auxiliary kinds");
        Assert.That(await ScalarAsync<bool>($"SELECT plan IS NULL AND status = 'Applied' FROM return_to_work.pre_returns WHERE id = '{id}'"), Is.True);

        var planned = await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(start, 4, lighter)));
        Assert.That(planned.GetProperty("plan").GetProperty("schedule")[0].GetProperty("dailyHours").GetDouble(), Is.EqualTo(2));
        var twelve = await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(start, 12)));
        Assert.That(twelve.GetProperty("plan").GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(twelve.GetProperty("plan").GetProperty("schedule")[11].GetProperty("end").GetString(), Is.EqualTo("17:15:00"));
        Assert.That(twelve.GetProperty("plan").GetProperty("schedule")[10].GetProperty("end").GetString(), Is.EqualTo("17:00:00"));
    }

    [Test]
    public async Task Certificates_must_be_pdf_jpeg_or_png_by_content_and_within_the_limit()
    {
        await OkAsync(await RecordLeaveAsync(Participant, "LeaveOfAbsence", Today.AddDays(-5), null));
        var id = (await OkAsync(await Physician().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }))).GetProperty("id").GetGuid();

        await AssertProblemAsync(await UploadAsync(Self(), id, "not a pdf at all"u8.ToArray(), "application/pdf"), HttpStatusCode.UnprocessableEntity, "return-to-work.certificate-type-not-accepted");
        await AssertProblemAsync(await UploadAsync(Self(), id, Pdf, "image/png"), HttpStatusCode.UnprocessableEntity, "return-to-work.certificate-type-not-accepted");
        await AssertProblemAsync(await UploadAsync(Self(), id, Pdf, "text/plain"), HttpStatusCode.UnprocessableEntity, "return-to-work.certificate-type-not-accepted");
        Assert.That((await UploadAsync(Self(), id, [.. Pdf, .. new byte[5 * 1024 * 1024]], "application/pdf")).StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        await AssertProblemAsync(await UploadAsync(Head(), id, Pdf, "application/pdf"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await UploadAsync(Employee("E8001", "D100"), id, Pdf, "application/pdf"), HttpStatusCode.NotFound);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM return_to_work.medical_certificates"), Is.Zero);

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        await OkAsync(await UploadAsync(Self(), id, png, "image/png"));
        var replaced = await OkAsync(await UploadAsync(Self(), id, jpeg, "image/jpeg"));
        Assert.That(replaced.GetProperty("contentType").GetString(), Is.EqualTo("image/jpeg"));
        Assert.That(await (await Physician().GetAsync($"{Base}/pre-returns/{id}/certificate")).Content.ReadAsByteArrayAsync(), Is.EqualTo(jpeg));
    }

    [Test]
    public async Task A_case_opens_only_for_a_qualifying_leave_by_the_head_or_a_physician_and_once()
    {
        await OkAsync(await RecordLeaveAsync(Participant, "LongSickLeave", Today.AddDays(-5), Today.AddDays(10), "L-short"));
        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }), HttpStatusCode.UnprocessableEntity, "return-to-work.not-on-qualifying-leave");

        var updated = await OkAsync(await RecordLeaveAsync(Participant, "LongSickLeave", Today.AddDays(-5), Today.AddDays(40), "L-short"));
        Assert.That(updated.GetProperty("qualifies").GetBoolean(), Is.True, "30 days or more in all");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM return_to_work.leave_cases"), Is.EqualTo(1), "the same reference updates");

        await AssertProblemAsync(await OtherHead().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Employee("E8001", "D100").PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Welfare().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }), HttpStatusCode.Forbidden);
        await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }));
        await AssertProblemAsync(await Physician().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }), HttpStatusCode.Conflict, "return-to-work.pre-return-active");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM return_to_work.pre_returns"), Is.EqualTo(1));

        await AssertProblemAsync(await Employee(Participant, "D100").PostAsJsonAsync($"{Base}/leave-cases", new
        {
            employeeId = Participant, kind = "LeaveOfAbsence", startedOn = Iso(Today), expectedEndOn = (string?)null, endedOn = (string?)null, reference = (string?)null,
        }), HttpStatusCode.Forbidden);
        var leaves = (await Self().GetFromJsonAsync<JsonElement>($"{Base}/employees/{Participant}/leave-cases")).GetProperty("items");
        Assert.That(leaves.GetArrayLength(), Is.EqualTo(1));
        await AssertProblemAsync(await Employee("E8001", "D100").GetAsync($"{Base}/employees/{Participant}/leave-cases"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Logs_outside_the_programme_and_contacts_without_consent_are_refused()
    {
        var (id, start) = await RunningCaseAsync();
        MoveTo(start.AddDays(1), 18, 0);

        await AssertProblemAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start.AddDays(-1))), HttpStatusCode.UnprocessableEntity, "return-to-work.log-outside-programme");
        await AssertProblemAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start.AddDays(2))), HttpStatusCode.UnprocessableEntity, "return-to-work.log-outside-programme");
        await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start)));
        await AssertProblemAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start)), HttpStatusCode.Conflict, "return-to-work.log-exists");

        var contact = new { party = "Family", contactedOn = Iso(Today), summary = "called the spouse" };
        await AssertProblemAsync(await Officer().PostAsJsonAsync($"{Base}/pre-returns/{id}/contacts", contact), HttpStatusCode.UnprocessableEntity, "return-to-work.contact-consent-missing");
        await OkAsync(await Self().PutAsJsonAsync($"{Base}/pre-returns/{id}/contact-consent", new { attendingPhysician = false, family = true }));
        await AssertProblemAsync(await Officer().PostAsJsonAsync($"{Base}/pre-returns/{id}/contacts", new { party = "AttendingPhysician", contactedOn = Iso(Today), summary = "x" }),
            HttpStatusCode.UnprocessableEntity, "return-to-work.contact-consent-missing");
        var recorded = await OkAsync(await Officer().PostAsJsonAsync($"{Base}/pre-returns/{id}/contacts", contact));
        Assert.That(recorded.GetProperty("contacts").GetProperty("contacts").GetArrayLength(), Is.EqualTo(1));
        Assert.That((await CaseAsync(Self(), id)).GetProperty("logs").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_employee_may_withdraw_before_the_programme_runs_and_a_withdrawn_case_frees_them()
    {
        var id = await AppliedCaseAsync();

        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/stop", new { }), HttpStatusCode.Forbidden);
        var withdrawn = await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/stop", new { }));

        Assert.That(withdrawn.GetProperty("status").GetString(), Is.EqualTo("Withdrawn"));
        Assert.That(withdrawn.GetProperty("changeRequests").GetArrayLength(), Is.Zero, "nothing for the director to decide");
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(Today.AddDays(1))), HttpStatusCode.UnprocessableEntity, "return-to-work.plan-closed");
        await AssertProblemAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/stop", new { }), HttpStatusCode.UnprocessableEntity, "return-to-work.case-closed");
        Assert.That((await Head().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM return_to_work.outbox_messages"), Is.Zero);
    }

    [Test]
    public async Task Field_errors_of_a_plan_are_keyed_by_their_path_in_the_plan_as_sent()
    {
        var id = await AppliedCaseAsync();
        var schedule = new object[]
        {
            new { week = 1, start = "09:00:00", end = "11:00:00", daysPerWeek = 3 }, new { week = 2, start = "09:00:00", end = "11:00:00", daysPerWeek = 3 },
            new { week = 3, start = "09:00:00", end = "11:00:00", daysPerWeek = 9 }, new { week = 4, start = "09:00:00", end = "11:00:00", daysPerWeek = 3 },
        };

        // The endpoint carries the plan to its handler as DraftPlanCommand(PreReturnId, Plan): "plan." is not in what the client sent.
        var response = await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(Today.AddDays(1), 4, schedule));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        var errors = (await ProblemAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name);
        Assert.That(errors, Is.EquivalentTo(new[] { "schedule[2].daysPerWeek" }));
    }
}
