using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Browser;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.StressCheck;

public sealed class InterviewTests : StressCheckTest
{
    private Guid _campaign;

    [SetUp]
    public async Task SeedAsync()
    {
        await SeedDirectoryAsync();
        _campaign = await CreateCampaignAsync(new
        {
            fiscalYear = 2026,
            opensOn = Today.ToString("yyyy-MM-dd"),
            closesOn = Today.AddDays(30).ToString("yyyy-MM-dd"),
            criteria = new { method = "Sum", stressReaction = 77, factorsAndSupport = 76, stressReactionWithFactors = 63 },
            consentScope = "HighStressOnly",
            committeeDecisionReference = "衛生委員会 2026-03-10 第3号",
            interviewRequestCountsAsConsent = true,
        });
        (await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{_campaign}/implementers", new { physicians = new[] { Physician } })).EnsureSuccessStatusCode();
        (await WelfareOfficer().PostAsync($"/api/v1/stress-check/campaigns/{_campaign}/open", null)).EnsureSuccessStatusCode();
        await SubmitAsync(_campaign, "E5000", AnswersOf(3));
        await SubmitAsync(_campaign, "E5001", AnswersOf(4));
    }

    private string Url(string rest = "") => $"/api/v1/stress-check/campaigns/{_campaign}/{rest}";

    private static HttpClient Implementer() => InRole(Roles.Physician, Physician, "D900", "en");

    [Test]
    public async Task From_request_to_opinion_and_decision_with_each_party_seeing_its_part()
    {
        var employee = Employee("E5000");
        var tooEarly = await employee.PostAsync(Url("my/interview-request"), null);
        await employee.GetAsync(Url("my/result"));
        var requested = await employee.PostAsync(Url("my/interview-request"), null);

        var confirmed = await Implementer().PutAsJsonAsync(Url("interviews/E5000/eligibility"), new { eligible = true, note = "高ストレス者" });
        var recorded = await Implementer().PutAsJsonAsync(Url("interviews/E5000/record"), new
        {
            heldOn = Today.AddDays(7).ToString("yyyy-MM-dd"),
            workSituation = "繁忙期で残業が多い",
            psychologicalBurden = "睡眠が浅い",
            otherHealthState = "特記なし",
        });
        var opinion = await Implementer().PutAsJsonAsync(Url("interviews/E5000/opinion"), new
        {
            workCategory = "Restricted",
            overtimeCapHours = 20,
            overtimeForbidden = false,
            shortenedHours = false,
            noNightWork = true,
            validFrom = Today.AddDays(8).ToString("yyyy-MM-dd"),
            validTo = Today.AddDays(98).ToString("yyyy-MM-dd"),
            workloadMeasures = "業務量の調整",
        });
        var decision = await WelfareOfficer().PutAsJsonAsync(Url("interviews/E5000/decision"), new { measures = "時間外勤務を月20時間までとする", employeeOpinion = "了解した" });
        await DeliverEventsAsync();

        Assert.That(tooEarly.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(requested.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(opinion.StatusCode, Is.EqualTo(HttpStatusCode.OK), await opinion.Content.ReadAsStringAsync());
        Assert.That(decision.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // The request counted as consent, within the campaign's scope (high stress only).
        var consent = await ScalarAsync<string>("SELECT source || '/' || scope FROM stress_check.result_consents WHERE employee_id = 'E5000'");
        Assert.That(consent, Is.EqualTo("InterviewRequest/HighStressOnly"));

        var mine = await employee.GetFromJsonAsync<JsonElement>(Url("my/interview"));
        var officer = await WelfareOfficer().GetFromJsonAsync<JsonElement>(Url("interviews/E5000"));
        await AppointHeadsAsync();
        var head = await ClientFor("E9100", "D100", [Roles.DepartmentHead]).GetFromJsonAsync<JsonElement>(Url("interviews/E5000"));
        var implementer = await Implementer().GetFromJsonAsync<JsonElement>(Url("interviews/E5000"));
        Assert.That(mine.GetProperty("record").GetProperty("workSituation").GetString(), Is.EqualTo("繁忙期で残業が多い"));
        Assert.That(implementer.GetProperty("record").GetProperty("physicianId").GetString(), Is.EqualTo(Physician));
        Assert.That(officer.GetProperty("record").ValueKind, Is.EqualTo(JsonValueKind.Null), "interview details are for the employee and the implementer");
        Assert.That(officer.GetProperty("opinion").GetProperty("overtimeCapHours").GetInt32(), Is.EqualTo(20));
        Assert.That(head.GetProperty("record").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(head.GetProperty("opinion").GetProperty("workCategory").GetString(), Is.EqualTo("Restricted"));

        var published = JsonDocument.Parse(await ScalarAsync<string>(
            "SELECT payload::text FROM probe.received_events WHERE event_type = 'PhysicianOpinionIssuedIntegrationEvent'")).RootElement;
        Assert.That(published.GetProperty("employeeId").GetString(), Is.EqualTo("E5000"));
        Assert.That(published.GetProperty("workCategory").GetInt32(), Is.EqualTo(1));
        Assert.That(published.GetProperty("overtimeCapHours").GetInt32(), Is.EqualTo(20));
        Assert.That(published.ToString(), Does.Not.Contain("繁忙期"), "no interview finding leaves the module");
    }

    [Test]
    public async Task The_request_and_the_opinion_print_on_A4_for_those_who_see_them_and_never_for_others()
    {
        var employee = Employee("E5000");
        await employee.GetAsync(Url("my/result"));
        (await employee.PostAsync(Url("my/interview-request"), null)).EnsureSuccessStatusCode();
        (await Implementer().PutAsJsonAsync(Url("interviews/E5000/eligibility"), new { eligible = true, note = "高ストレス者" })).EnsureSuccessStatusCode();
        (await Implementer().PutAsJsonAsync(Url("interviews/E5000/record"), new
        {
            heldOn = Today.AddDays(7).ToString("yyyy-MM-dd"), workSituation = "繁忙期で残業が多い", psychologicalBurden = "睡眠が浅い", otherHealthState = "特記なし",
        })).EnsureSuccessStatusCode();
        (await Implementer().PutAsJsonAsync(Url("interviews/E5000/opinion"), new
        {
            workCategory = "Restricted", overtimeCapHours = 20, overtimeForbidden = false, shortenedHours = false, noNightWork = true,
            validFrom = Today.AddDays(8).ToString("yyyy-MM-dd"), validTo = Today.AddDays(98).ToString("yyyy-MM-dd"), workloadMeasures = "業務量の調整",
        })).EnsureSuccessStatusCode();
        await AppointHeadsAsync();
        var head = ClientFor("E9100", "D100", [Roles.DepartmentHead]);

        var request = await employee.GetAsync(Url("my/interview/forms/request"));
        var opinion = await WelfareOfficer().GetAsync(Url("interviews/E5000/forms/opinion"));
        var headsOpinion = await head.GetAsync(Url("interviews/E5000/forms/opinion"));
        var headsRequest = await head.GetAsync(Url("interviews/E5000/forms/request"));
        var colleagues = await Employee("E5001").GetAsync(Url("interviews/E5000/forms/opinion"));
        var unknownForm = await WelfareOfficer().GetAsync(Url("interviews/E5000/forms/record"));

        var requestHtml = await request.Content.ReadAsStringAsync();
        var opinionHtml = await opinion.Content.ReadAsStringAsync();
        Assert.That(request.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(requestHtml, Does.Contain("面接指導申出書").And.Contain("別記様式第3号").And.Contain("■ 本人の申出").And.Contain("令和"));
        Assert.That(opinion.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(opinionHtml, Does.Contain("■ 就業制限・配慮").And.Contain("□ 通常勤務").And.Contain("月20時間まで").And.Contain("総務課").And.Contain("試験 花子（シケン ハナコ）"));
        Assert.That(opinionHtml, Does.Not.Contain("繁忙期"), "the interview's findings are for the employee and the implementer");
        Assert.That(headsOpinion.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(headsRequest.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a head never learns who asked for an interview");
        Assert.That(colleagues.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknownForm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'interview.form.read' AND outcome = 'Allowed'"), Is.EqualTo(3));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'interview.form.read' AND outcome = 'Denied'"), Is.EqualTo(2));

        var rendered = await Chromium.RenderAsync(new Dictionary<string, string>
        {
            ["stress-check-interview-request.html"] = requestHtml,
            ["stress-check-physician-opinion.html"] = opinionHtml,
        });
        Assert.That(rendered.Values.SelectMany(r => r.Problems), Is.Empty);
        Assert.That(rendered.Values.Select(r => r.Pages), Is.All.EqualTo(1), "each form fits one A4 sheet");
    }

    [Test]
    public async Task Staff_and_welfare_officers_see_who_requested_but_no_details()
    {
        await Employee("E5000").GetAsync(Url("my/result"));
        await Employee("E5000").PostAsync(Url("my/interview-request"), null);
        (await InRole(Roles.Physician, Physician).PutAsJsonAsync(Url("staff"), new { staff = new[] { "E6000" } })).EnsureSuccessStatusCode();

        var list = (await Employee("E6000", "D900").GetFromJsonAsync<JsonElement>(Url("interviews"))).GetProperty("items");
        var one = await Employee("E6000", "D900").GetFromJsonAsync<JsonElement>(Url("interviews/E5000"));
        var colleague = await Employee("E5002").GetAsync(Url("interviews/E5000"));

        Assert.That(list.EnumerateArray().Select(i => i.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E5000" }));
        Assert.That(one.GetProperty("opinion").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_implementer_recommends_interviews_to_high_stress_employees_only()
    {
        var highStress = await Implementer().PostAsync(Url("interviews/E5001/recommendation"), null);
        var again = await Implementer().PostAsync(Url("interviews/E5001/recommendation"), null);
        await SubmitAsync(_campaign, "E5002", AnswersOf(1));
        var notHigh = await Implementer().PostAsync(Url("interviews/E5002/recommendation"), null);
        var byOfficer = await WelfareOfficer().PostAsync(Url("interviews/E5001/recommendation"), null);

        Assert.That(highStress.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await highStress.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("Recommended"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(notHigh.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Steps_out_of_order_are_refused_and_change_nothing()
    {
        await Employee("E5001").GetAsync(Url("my/result"));
        await Employee("E5001").PostAsync(Url("my/interview-request"), null);

        var recordFirst = await Implementer().PutAsJsonAsync(Url("interviews/E5001/record"), new
        {
            heldOn = Today.ToString("yyyy-MM-dd"), workSituation = "x", psychologicalBurden = "y", otherHealthState = "z",
        });
        var decisionFirst = await WelfareOfficer().PutAsJsonAsync(Url("interviews/E5001/decision"), new { measures = "m", employeeOpinion = "o" });
        (await Implementer().PutAsJsonAsync(Url("interviews/E5001/eligibility"), new { eligible = true })).EnsureSuccessStatusCode();
        (await Implementer().PutAsJsonAsync(Url("interviews/E5001/record"), new
        {
            heldOn = Today.ToString("yyyy-MM-dd"), workSituation = "x", psychologicalBurden = "y", otherHealthState = "z",
        })).EnsureSuccessStatusCode();
        var contradictory = await Implementer().PutAsJsonAsync(Url("interviews/E5001/opinion"), new
        {
            workCategory = "Restricted", overtimeCapHours = 10, overtimeForbidden = true, shortenedHours = false, noNightWork = false,
            validFrom = Today.ToString("yyyy-MM-dd"),
        });

        Assert.That(recordFirst.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(recordFirst)).GetProperty("code").GetString(), Is.EqualTo("stress-check.interview-not-confirmed"));
        Assert.That(decisionFirst.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(contradictory.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM stress_check.outbox_messages WHERE type LIKE '%PhysicianOpinionIssued%'"), Is.Zero);
    }
}
