using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.ReturnToWork;

/// <summary>The whole path of a pre-return, one test per branch (issue "Done when").</summary>
public sealed class PreReturnPathTests : ReturnToWorkTest
{
    [Test]
    public async Task Approved_and_completed_from_leave_to_the_event_that_caps_overtime()
    {
        var leave = await OkAsync(await RecordLeaveAsync(Participant, "LongSickLeave", Today.AddDays(-40), Today.AddDays(90), "L-8000"));
        Assert.That(leave.GetProperty("qualifies").GetBoolean(), Is.True);
        var opened = await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }));
        var id = opened.GetProperty("id").GetGuid();
        Assert.That(opened.GetProperty("status").GetString(), Is.EqualTo("Briefing"));

        // Briefing: the application waits until every point is recorded.
        await OkAsync(await UploadAsync(Self(), id, Pdf, "application/pdf"));
        await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/briefing", new { points = AllBriefingPoints[..6], explainedOn = Iso(Today) }));
        var application = new
        {
            attendingPhysicianName = "主治 太郎", attendingPhysicianInstitution = "試験クリニック", wishedStartOn = (string?)null, consentToConditions = true,
            familyName = "試験 一郎", familyRelationship = "spouse", noFamily = false,
        };
        await AssertProblemAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/application", application), HttpStatusCode.UnprocessableEntity, "return-to-work.briefing-incomplete");
        var briefed = await OkAsync(await Physician().PostAsJsonAsync($"{Base}/pre-returns/{id}/briefing", new { points = AllBriefingPoints[6..], explainedOn = Iso(Today) }));
        Assert.That(briefed.GetProperty("briefing").GetProperty("complete").GetBoolean(), Is.True);
        var applied = await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/application", application));
        Assert.That(applied.GetProperty("status").GetString(), Is.EqualTo("Applied"));
        Assert.That(applied.GetProperty("certificate").GetProperty("contentType").GetString(), Is.EqualTo("application/pdf"));

        // Plan: the standard schedule of art. 11 when none is given.
        var start = Today.AddDays(1);
        var planned = await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(start)));
        var plan = planned.GetProperty("plan");
        Assert.That(plan.GetProperty("weeks").GetInt32(), Is.EqualTo(4));
        Assert.That(plan.GetProperty("endOn").GetString(), Is.EqualTo(Iso(start.AddDays(27))));
        Assert.That(plan.GetProperty("placeDepartmentCode").GetString(), Is.EqualTo("D100"));
        var weeks = plan.GetProperty("schedule").EnumerateArray().Select(w => $"{w.GetProperty("start").GetString()}-{w.GetProperty("end").GetString()}").ToList();
        Assert.That(weeks, Is.EqualTo(new[] { "08:30:00-12:00:00", "08:30:00-14:00:00", "08:30:00-15:00:00", "08:30:00-17:15:00" }));

        // Review, decision, support officer.
        await OkAsync(await Physician().PutAsJsonAsync($"{Base}/pre-returns/{id}/review", new { interviewedOn = Iso(Today), feasible = true, planAppropriate = true, opinion = "fit" }));
        var approved = await OkAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/decision", new { approved = true, remarks = "approved" }));
        Assert.That(approved.GetProperty("status").GetString(), Is.EqualTo("Approved"));
        var running = await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = SupportOfficer }));
        Assert.That(running.GetProperty("status").GetString(), Is.EqualTo("InProgress"));
        Assert.That(running.GetProperty("supportOfficerId").GetString(), Is.EqualTo(SupportOfficer));

        // Logs: the participant writes, the support officer reviews and reports.
        MoveTo(start.AddDays(2), 18, 0);
        await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start)));
        await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start.AddDays(1))));
        var reviewed = await OkAsync(await Officer().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs/{Iso(start)}/review", new { report = "worked steadily" }));
        Assert.That(reviewed.GetProperty("logs")[0].GetProperty("reviewed").GetBoolean(), Is.True);
        Assert.That(reviewed.GetProperty("logs")[1].GetProperty("reviewed").GetBoolean(), Is.False);

        // The middle of the plan without an interview warns the head and the physician, until one is recorded.
        MoveTo(start.AddDays(14), 9, 0);
        var warned = await CaseAsync(Head(), id);
        Assert.That(warned.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Is.EqualTo(new[] { "interview-overdue" }));
        var overdue = (await Physician().GetFromJsonAsync<JsonElement>($"{Base}/pre-returns?interviewOverdue=true")).GetProperty("items");
        Assert.That(overdue.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Is.EqualTo(new[] { id }));
        await OkAsync(await Physician().PostAsJsonAsync($"{Base}/pre-returns/{id}/interviews", new { heldOn = Iso(Today), notes = "recovering well" }));
        Assert.That((await CaseAsync(Head(), id)).GetProperty("warnings").GetArrayLength(), Is.Zero);

        // Change: two more weeks, after the physician's opinion, by the director.
        var changed = await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests", new
        {
            kind = "Change", reason = "PlanAdjustment", explanation = "needs two more weeks at half days", newPlan = StandardPlan(start, 6),
        }));
        var requestId = changed.GetProperty("changeRequests")[0].GetProperty("id").GetGuid();
        await AssertProblemAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests/{requestId}/decision", new { approved = true, remarks = "ok" }),
            HttpStatusCode.UnprocessableEntity, "return-to-work.no-physician-opinion");
        await OkAsync(await Physician().PutAsJsonAsync($"{Base}/pre-returns/{id}/change-requests/{requestId}/opinion", new { agrees = true, opinion = "agree" }));
        var extended = await OkAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests/{requestId}/decision", new { approved = true, remarks = "ok" }));
        Assert.That(extended.GetProperty("plan").GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(extended.GetProperty("endOn").GetString(), Is.EqualTo(Iso(start.AddDays(41))));
        await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests/{requestId}/participant-informed", new { }));

        // Completion: the result report publishes the event; Overtime caps overtime for the recommended months.
        var end = start.AddDays(41);
        var report = new { returnOn = Iso(end.AddDays(3)), summary = "completed as planned", recommendedRestrictionMonths = 2, attendingPhysicianInformedOn = Iso(end) };
        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/result-report", report), HttpStatusCode.UnprocessableEntity, "return-to-work.programme-not-ended");
        MoveTo(end.AddDays(1), 9, 0);
        var completed = await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/result-report", report));
        Assert.That(completed.GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(completed.GetProperty("result").GetProperty("outcome").GetString(), Is.EqualTo("Completed"));
        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/result-report", report), HttpStatusCode.Conflict, "return-to-work.result-reported");

        var payload = await ScalarAsync<string>("SELECT payload::text FROM return_to_work.outbox_messages WHERE type LIKE '%PreReturnCompleted%'");
        var published = JsonDocument.Parse(payload).RootElement;
        Assert.That(published.GetProperty("employeeId").GetString(), Is.EqualTo(Participant));
        Assert.That(published.GetProperty("outcome").GetString(), Is.EqualTo("Completed"));
        Assert.That(published.GetProperty("returnedOn").GetString(), Is.EqualTo(Iso(end.AddDays(3))));
        Assert.That(payload, Does.Not.Contain("completed as planned"), "no content of the report leaves the module");
        await DeliverEventsAsync();
        Assert.That(await ScalarAsync<string>($"SELECT valid_to::text FROM overtime.personal_caps WHERE employee_id = '{Participant}'"),
            Is.EqualTo(Iso(end.AddDays(3).AddMonths(2).AddDays(-1))));
    }

    [Test]
    public async Task Rejected_by_the_director_ends_the_case_and_frees_the_employee_for_a_new_one()
    {
        var (id, _) = await ReviewedCaseAsync();

        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }), HttpStatusCode.Conflict, "return-to-work.pre-return-active");
        var rejected = await OkAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/decision", new { approved = false, remarks = "department cannot host now" }));

        Assert.That(rejected.GetProperty("status").GetString(), Is.EqualTo("Rejected"));
        Assert.That(rejected.GetProperty("decision").GetProperty("approved").GetBoolean(), Is.False);
        var seen = await CaseAsync(Self(), id);
        Assert.That(seen.GetProperty("decision").GetProperty("remarks").GetString(), Is.EqualTo("department cannot host now"));
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = SupportOfficer }),
            HttpStatusCode.UnprocessableEntity, "return-to-work.not-approved");
        await AssertProblemAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/decision", new { approved = true, remarks = "again" }),
            HttpStatusCode.UnprocessableEntity, "return-to-work.not-reviewed");
        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/result-report", new
        {
            returnOn = (string?)null, summary = "x", recommendedRestrictionMonths = (int?)null, attendingPhysicianInformedOn = Iso(Today),
        }), HttpStatusCode.UnprocessableEntity, "return-to-work.programme-not-running");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM return_to_work.outbox_messages"), Is.Zero, "a rejection publishes nothing");
        var again = await Head().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Cancelled_at_the_participants_request_at_once_and_without_argument()
    {
        var (id, start) = await RunningCaseAsync();
        MoveTo(start.AddDays(3), 17, 0);
        await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start)));

        var stopped = await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/stop", new { }));
        var request = stopped.GetProperty("changeRequests")[0];
        Assert.That(request.GetProperty("kind").GetString(), Is.EqualTo("Cancellation"));
        Assert.That(request.GetProperty("reason").GetString(), Is.EqualTo("ParticipantAsked"));
        var requestId = request.GetProperty("id").GetGuid();

        await AssertProblemAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/logs", Log(start.AddDays(1))), HttpStatusCode.UnprocessableEntity, "return-to-work.stop-requested");
        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests", new
        {
            kind = "Change", reason = "PlanAdjustment", explanation = "try fewer hours", newPlan = StandardPlan(start, 6),
        }), HttpStatusCode.Conflict, "return-to-work.change-request-open");
        await OkAsync(await Physician().PutAsJsonAsync($"{Base}/pre-returns/{id}/change-requests/{requestId}/opinion", new { agrees = false, opinion = "would continue" }));
        await AssertProblemAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests/{requestId}/decision", new { approved = false, remarks = "continue" }),
            HttpStatusCode.UnprocessableEntity, "return-to-work.stop-cannot-be-refused");
        var cancelled = await OkAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests/{requestId}/decision", new { approved = true, remarks = "stopped" }));
        Assert.That(cancelled.GetProperty("status").GetString(), Is.EqualTo("Cancelled"));
        Assert.That(cancelled.GetProperty("endedOn").GetString(), Is.EqualTo(Iso(Today)));
        var informed = await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/change-requests/{requestId}/participant-informed", new { }));
        Assert.That(informed.GetProperty("changeRequests")[0].GetProperty("participantInformedAt").ValueKind, Is.EqualTo(JsonValueKind.String));

        var reported = await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/result-report", new
        {
            returnOn = (string?)null, summary = "stopped at the participant's request", recommendedRestrictionMonths = (int?)null, attendingPhysicianInformedOn = Iso(Today),
        }));
        Assert.That(reported.GetProperty("result").GetProperty("outcome").GetString(), Is.EqualTo("Cancelled"));
        var payload = JsonDocument.Parse(await ScalarAsync<string>("SELECT payload::text FROM return_to_work.outbox_messages")).RootElement;
        Assert.That(payload.GetProperty("outcome").GetString(), Is.EqualTo("Cancelled"));
        Assert.That(payload.GetProperty("returnedOn").GetString(), Is.EqualTo(Iso(Today)));
        await DeliverEventsAsync();
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM overtime.personal_caps WHERE employee_id = '{Participant}'"), Is.Zero,
            "no post-return cap: the employee stays on leave");
    }
}
