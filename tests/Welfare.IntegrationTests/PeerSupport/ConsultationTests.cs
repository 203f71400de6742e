using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>Capabilities 4 and 8: consultations, their confidentiality, and the retaliation safeguard.</summary>
public sealed class ConsultationTests : PeerSupportTest
{
    [SetUp]
    public Task DesignateSupportersAsync() => SupportersAsync();

    [Test]
    public async Task The_recording_supporter_and_the_subject_read_the_consultation()
    {
        var id = await RecordAsync(body: ConsultationBody(channel: "Outreach", openedOn: Today.AddDays(-2)));

        var bySupporter = await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/consultations/{id}");
        var bySubject = await Subject().GetFromJsonAsync<JsonElement>($"{Base}/consultations/{id}");
        var mine = (await Subject().GetFromJsonAsync<JsonElement>($"{Base}/my/consultations")).GetProperty("items");
        var recorded = (await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/consultations/recorded")).GetProperty("items");

        Assert.That(bySupporter.GetProperty("content").GetString(), Is.EqualTo(SecretContent));
        Assert.That(bySupporter.GetProperty("channel").GetString(), Is.EqualTo("Outreach"));
        Assert.That(bySupporter.GetProperty("departmentCode").GetString(), Is.EqualTo("D100"));
        Assert.That(bySupporter.GetProperty("outcome").GetString(), Is.EqualTo("Ongoing"));
        Assert.That(bySupporter.GetProperty("openedOn").GetString(), Is.EqualTo(Today.AddDays(-2).ToString("yyyy-MM-dd")));
        Assert.That(bySubject.GetProperty("content").GetString(), Is.EqualTo(SecretContent));
        Assert.That(mine.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Is.EqualTo(new[] { id }));
        Assert.That(mine[0].TryGetProperty("content", out _), Is.False, "lists carry no content");
        Assert.That(recorded.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Is.EqualTo(new[] { id }));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE action = 'consultation.read' AND record_id = '{id}' AND outcome = 'Allowed'"), Is.EqualTo(2));
    }

    [Test]
    public async Task Nobody_else_reads_it_not_a_fellow_supporter_the_head_a_welfare_officer_a_coordinator_or_personnel()
    {
        await DesignateCoordinatorAsync();
        var id = await RecordAsync();
        var readers = new (string Who, HttpClient Client)[]
        {
            ("another supporter of the department", OtherSupporter()),
            ("the subject's department head", Head()),
            ("a welfare officer", WelfareOfficer()),
            ("a coordinator", Coordinator()),
            ("a personnel officer", Personnel()),
            ("a colleague", Colleague()),
            ("the recording supporter holding department-head", ClientFor("E8000", "D100", [Roles.DepartmentHead])),
            ("the recording supporter holding personnel-officer", ClientFor("E8000", "D100", [Roles.PersonnelOfficer])),
        };

        foreach (var (who, client) in readers)
        {
            var response = await client.GetAsync($"{Base}/consultations/{id}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), who);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(SecretContent), who);
        }

        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE action = 'consultation.read' AND record_id = '{id}' AND outcome = 'Denied'"),
            Is.EqualTo(readers.Length));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE action || record_type || record_id LIKE '%借金%'"), Is.Zero);
        Assert.That((await Head().GetFromJsonAsync<JsonElement>($"{Base}/consultations/recorded")).GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Routine_work_procedures_are_out_of_scope_and_nothing_is_stored()
    {
        var response = await Supporter("en").PostAsJsonAsync($"{Base}/consultations", ConsultationBody(category: "WorkProcedures"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("peer-support.consultation-out-of-scope"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("work procedures"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.consultations"), Is.Zero);
    }

    [Test]
    public async Task Only_a_current_supporter_records_consultations()
    {
        var colleague = await Colleague().PostAsJsonAsync($"{Base}/consultations", ConsultationBody());
        var welfare = await WelfareOfficer().PostAsJsonAsync($"{Base}/consultations", ConsultationBody());
        var supporterAsHead = await ClientFor("E8000", "D100", [Roles.DepartmentHead]).PostAsJsonAsync($"{Base}/consultations", ConsultationBody());
        var future = await Supporter().PostAsJsonAsync($"{Base}/consultations", ConsultationBody(openedOn: Today.AddDays(1)));
        var familyWithoutRelationship = await Supporter().PostAsJsonAsync($"{Base}/consultations", ConsultationBody(subjectKind: "FamilyMember"));

        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(welfare.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(supporterAsHead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await CodeAsync(future, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.consultation-in-the-future"));
        Assert.That(familyWithoutRelationship.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.consultations"), Is.Zero);
    }

    [Test]
    public async Task Only_the_recording_supporter_edits_the_record()
    {
        var id = await RecordAsync();
        var edit = new { category = "Money", content = "書き換え", outcome = "Resolved" };

        var bySubject = await Subject().PutAsJsonAsync($"{Base}/consultations/{id}", edit);
        var byOther = await OtherSupporter().PutAsJsonAsync($"{Base}/consultations/{id}", edit);
        var byHead = await Head().PutAsJsonAsync($"{Base}/consultations/{id}", edit);
        var toWorkProcedures = await Supporter().PutAsJsonAsync($"{Base}/consultations/{id}", new { category = "WorkProcedures", content = "x", outcome = "Ongoing" });
        var unchanged = await ScalarAsync<string>($"SELECT content FROM peer_support.consultations WHERE id = '{id}'");
        var bySupporter = await Supporter().PutAsJsonAsync($"{Base}/consultations/{id}", edit);
        var after = await Subject().GetFromJsonAsync<JsonElement>($"{Base}/consultations/{id}");

        Assert.That(bySubject.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byOther.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await CodeAsync(toWorkProcedures, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.consultation-out-of-scope"));
        Assert.That(unchanged, Is.EqualTo(SecretContent));
        Assert.That(bySupporter.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.GetProperty("outcome").GetString(), Is.EqualTo("Resolved"));
        Assert.That(after.GetProperty("category").GetString(), Is.EqualTo("Money"));
    }

    [Test]
    public async Task A_family_members_consultation_is_not_shown_to_the_employee_concerned()
    {
        var id = await RecordAsync(body: ConsultationBody(subjectKind: "FamilyMember", familyRelationship: "配偶者"));

        var byEmployee = await Subject().GetAsync($"{Base}/consultations/{id}");
        var list = (await Subject().GetFromJsonAsync<JsonElement>($"{Base}/my/consultations")).GetProperty("items");
        var bySupporter = await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/consultations/{id}");

        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(list.GetArrayLength(), Is.Zero);
        Assert.That(bySupporter.GetProperty("familyRelationship").GetString(), Is.EqualTo("配偶者"));
    }
}
