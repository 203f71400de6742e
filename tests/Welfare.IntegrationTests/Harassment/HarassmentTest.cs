using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>
/// A directory with counsellors C1 (female), C2 (male), C3 (female, never assigned) in D900; the complainant
/// E1 and the respondent R1 in D100 with R1's supervisor S1 and the head H1; witnesses W1 and W2 in D200; X1 of
/// another appointing authority (police headquarters). C1, C2 and C3 are designated by the welfare officer.
/// </summary>
public abstract class HarassmentTest : ApiTest
{
    protected const string Base = "/api/v1/harassment";

    protected static DateOnly Today => Clock.Today();

    protected static HttpClient WelfareOfficer() => InRole(Roles.WelfareOfficer, "WO1", "D900", "en");

    protected static HttpClient PersonnelOfficer() => InRole(Roles.PersonnelOfficer, "PO1", "D900", "en");

    protected static HttpClient Counselor(string id = "C1") => ClientFor(id, "D900", [], "en");

    protected static HttpClient Person(string id, string department = "D100", params string[] roles) => ClientFor(id, department, roles, "en");

    protected static object Row(string id, string department, string sex, string grade = "G1", string authority = "Governor", string joinedOn = "2015-04-01") => new
    {
        employeeId = id,
        nameKanji = "試験 太郎",
        nameKana = "シケン タロウ",
        sex,
        gradeCode = grade,
        employmentType = "Regular",
        appointingAuthority = authority,
        departmentCode = department,
        status = (string?)null,
        joinedOn,
        effectiveDate = (string?)null,
    };

    protected static async Task ImportAsync(DateOnly asOf, params object[] rows)
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        (await personnel.PostAsJsonAsync($"/api/v1/organisation/imports/employees?mode=Delta&asOf={asOf:yyyy-MM-dd}", rows)).EnsureSuccessStatusCode();
    }

    [SetUp]
    public async Task SeedHarassmentDirectoryAsync()
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        await ImportAsync(Today,
            Row("C1", "D900", "Female", "G3"), Row("C2", "D900", "Male", "G3"), Row("C3", "D900", "Female", "G3"),
            Row("E1", "D100", "Female"), Row("R1", "D100", "Male", "G2"), Row("S1", "D100", "Male", "G3"), Row("H1", "D100", "Male", "G5"),
            Row("W1", "D200", "Female"), Row("W2", "D200", "Male"), Row("X1", "D200", "Male", "G2", "PoliceHeadquarters"));
        await DeliverEventsAsync();
        foreach (var (id, sex) in new[] { ("C1", "Female"), ("C2", "Male"), ("C3", "Female") })
        {
            var response = await WelfareOfficer().PostAsJsonAsync($"{Base}/counselors", new { employeeId = id, sex });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }
    }

    protected static object Facts(string urgency = "Moderate", string how = "Repeated remarks about appearance in front of colleagues.") => new
    {
        wantsFutureConductStopped = true,
        wantsRemedyForPastConduct = false,
        wishNote = (string?)null,
        urgency,
        complainantState = "Sleeping badly, still at work.",
        relationship = "Respondent is the complainant's section chief.",
        whenOccurred = "Several times during the last month.",
        whereOccurred = "Office D100, morning meetings.",
        howOccurred = how,
        complainantResponse = "Asked him to stop once.",
        supervisorConsulted = false,
        supervisorConsultationNote = (string?)null,
        knownOnlyToParties = false,
        witnesses = "W1 was present.",
    };

    protected static object Complaint(
        string[]? counselors = null, string? requestedSex = null, string source = "PersonHarassed", string complainant = "E1", string? respondent = "R1",
        object[]? kinds = null, string? singleReason = null, Guid? retaliationOf = null, string? personHarassed = null) => new
    {
        source,
        complainantId = complainant,
        personHarassedId = personHarassed,
        respondentId = respondent,
        kinds = kinds ?? [new { kind = "PowerHarassment" }],
        requestedCounselorSex = requestedSex,
        counselorIds = counselors ?? ["C1", "C2"],
        singleCounselorReason = singleReason,
        retaliationOf,
    };

    protected static async Task<Guid> ReceiveAsync(object? body = null, string by = "C1")
    {
        var response = await Counselor(by).PostAsJsonAsync($"{Base}/complaints", body ?? Complaint());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A complaint with its intake recorded and confirmed (version 1).</summary>
    protected static async Task<Guid> ConfirmedComplaintAsync(object? body = null, string urgency = "Moderate")
    {
        var id = await ReceiveAsync(body);
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake", Facts(urgency)));
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake/confirmation", new { version = 1, method = "ReadBack" }));
        return id;
    }

    protected static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task AssertRuleAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        Assert.That((await ProblemAsync(response)).GetProperty("code").GetString(), Is.EqualTo(code));
    }

    protected static Task<JsonElement> ComplaintAsync(Guid id, string by = "C1") => OkAsync(Counselor(by).GetAsync($"{Base}/complaints/{id}"));

    protected static Task<long> AuditCountAsync(string action, Guid id, string outcome) =>
        ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE action = '{action}' AND record_id = '{id}' AND outcome = '{outcome}'");
}
