using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>
/// Records are sealed to the assigned counsellors and, once referred, the personnel officer (capability 4); the
/// respondent never learns who complained (capability 8). Every refusal answers 404 and is audited.
/// </summary>
public sealed class SealTests : HarassmentTest
{
    private static IEnumerable<(string Who, HttpClient Client)> Outsiders() =>
    [
        ("respondent", Person("R1")),
        ("respondent's supervisor", Person("S1", "D100", Roles.Supervisor)),
        ("complainant's department head", Person("H1", "D100", Roles.DepartmentHead)),
        ("unassigned counsellor", Counselor("C3")),
        ("welfare officer", WelfareOfficer()),
        ("personnel officer before referral", PersonnelOfficer()),
        ("auditor", InRole(Roles.Auditor)),
    ];

    [Test]
    public async Task Nobody_but_the_assigned_counsellors_reads_a_complaint_and_each_refusal_is_audited()
    {
        var id = await ConfirmedComplaintAsync();

        foreach (var (who, client) in Outsiders())
        {
            var response = await client.GetAsync($"{Base}/complaints/{id}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), who);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("R1").And.Not.Contain("appearance"), who);
        }

        Assert.That(await AuditCountAsync("harassment.complaint.read", id, "Denied"), Is.EqualTo(Outsiders().Count()));
        await ComplaintAsync(id, "C1");
        await ComplaintAsync(id, "C2");
        Assert.That(await AuditCountAsync("harassment.complaint.read", id, "Allowed"), Is.EqualTo(2));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE record_type = 'HarassmentComplaint' AND record_id <> '{id}'"), Is.Zero,
            "audit entries carry the complaint id, nothing else");
    }

    [Test]
    public async Task Outsiders_cannot_change_a_complaint_either()
    {
        var id = await ConfirmedComplaintAsync();

        foreach (var (who, client) in Outsiders())
        {
            var action = await client.PostAsJsonAsync($"{Base}/complaints/{id}/actions", new { type = "DirectWarning", takenOn = Today, note = "x", complainantConsented = false });
            var intake = await client.PostAsJsonAsync($"{Base}/complaints/{id}/intake/corrections", new { facts = Facts(), correctionNote = "x" });
            Assert.That((action.StatusCode, intake.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)), who);
        }

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.complaint_actions"), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.intake_records"), Is.EqualTo(1));
        Assert.That(await AuditCountAsync("harassment.action.take", id, "Denied"), Is.EqualTo(Outsiders().Count()));
    }

    [Test]
    public async Task The_respondent_and_their_supervisor_find_no_trace_of_the_complaint()
    {
        var id = await ConfirmedComplaintAsync();

        var mine = (await OkAsync(Person("R1").GetAsync($"{Base}/me/complaints"))).GetProperty("items");
        var list = await Person("S1", "D100", Roles.Supervisor).GetAsync($"{Base}/complaints");
        var followUps = await Person("R1").GetAsync($"{Base}/follow-ups");

        Assert.That(mine.GetArrayLength(), Is.Zero);
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(followUps.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await OkAsync(Counselor("C3").GetAsync($"{Base}/complaints"))).GetProperty("totalCount").GetInt64(), Is.Zero);
        Assert.That((await OkAsync(Counselor("C1").GetAsync($"{Base}/complaints"))).GetProperty("items")[0].GetProperty("id").GetGuid(), Is.EqualTo(id));
    }

    [Test]
    public async Task The_complainant_sees_their_own_facts_and_notices_but_not_the_investigation()
    {
        var id = await ConfirmedComplaintAsync();
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/actions", new { type = "DirectWarning", takenOn = Today, note = "Warned R1 directly.", complainantConsented = true }));
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/complainant-notices", new { toldOn = Today, note = "Told E1 that R1 was warned." }));

        var mine = (await OkAsync(Person("E1").GetAsync($"{Base}/me/complaints"))).GetProperty("items");
        var complaint = await OkAsync(Person("E1").GetAsync($"{Base}/complaints/{id}"));

        Assert.That(mine[0].GetProperty("status").GetString(), Is.EqualTo("InProgress"));
        Assert.That(complaint.GetProperty("intake").GetArrayLength(), Is.EqualTo(1));
        Assert.That(complaint.GetProperty("complainantNotices")[0].GetProperty("note").GetString(), Is.EqualTo("Told E1 that R1 was warned."));
        Assert.That(complaint.GetProperty("actions").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(complaint.GetProperty("hearings").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(await AuditCountAsync("harassment.complaint.read", id, "Allowed"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_personnel_officer_reads_a_complaint_once_it_is_referred()
    {
        var id = await ConfirmedComplaintAsync();
        var before = await PersonnelOfficer().GetAsync($"{Base}/complaints/{id}");

        var refused = await Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/actions",
            new { type = "PersonnelReferral", takenOn = Today, note = "Needs a transfer.", complainantConsented = false });
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/actions", new { type = "PersonnelReferral", takenOn = Today, note = "Needs a transfer.", complainantConsented = true }));
        var after = await OkAsync(PersonnelOfficer().GetAsync($"{Base}/complaints/{id}"));
        var list = await OkAsync(PersonnelOfficer().GetAsync($"{Base}/complaints"));

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await AssertRuleAsync(refused, HttpStatusCode.UnprocessableEntity, "harassment.action-referral-without-consent");
        Assert.That(after.GetProperty("referredToPersonnel").GetBoolean(), Is.True);
        Assert.That(after.GetProperty("intake")[0].GetProperty("facts").GetProperty("howOccurred").GetString(), Does.Contain("appearance"));
        Assert.That(list.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
        var change = await PersonnelOfficer().PostAsJsonAsync($"{Base}/complaints/{id}/complainant-notices", new { toldOn = Today, note = "x" });
        Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the personnel officer reads, the counsellors record");
    }

    [Test]
    public async Task A_released_counsellor_loses_access_to_their_cases()
    {
        var id = await ConfirmedComplaintAsync();
        var c2 = (await OkAsync(WelfareOfficer().GetAsync($"{Base}/counselors"))).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("employeeId").GetString() == "C2").GetProperty("id").GetGuid();

        await OkAsync(WelfareOfficer().PostAsJsonAsync($"{Base}/counselors/{c2}/release", new { }));
        var response = await Counselor("C2").GetAsync($"{Base}/complaints/{id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await AuditCountAsync("harassment.complaint.read", id, "Denied"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_personnel_or_welfare_officer_who_is_the_respondent_gets_no_view_through_the_role()
    {
        var id = await ConfirmedComplaintAsync();
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/emergency-notices", new { reason = "SeriousSituation", complainantObjected = false, note = "Serious." }));

        var read = await ClientFor("R1", "D100", [Roles.PersonnelOfficer, Roles.WelfareOfficer], "en").GetAsync($"{Base}/complaints/{id}");
        var list = await OkAsync(ClientFor("R1", "D100", [Roles.PersonnelOfficer], "en").GetAsync($"{Base}/complaints"));
        var reassign = await ClientFor("R1", "D100", [Roles.WelfareOfficer], "en").PutAsJsonAsync($"{Base}/complaints/{id}/counselors", new { counselorIds = new[] { "C3", "C2" } });

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(list.GetProperty("totalCount").GetInt64(), Is.Zero);
        Assert.That(reassign.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await ComplaintAsync(id)).GetProperty("counselorIds").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "C1", "C2" }));
        Assert.That((await OkAsync(PersonnelOfficer().GetAsync($"{Base}/complaints/{id}"))).GetProperty("id").GetGuid(), Is.EqualTo(id));
    }
}
