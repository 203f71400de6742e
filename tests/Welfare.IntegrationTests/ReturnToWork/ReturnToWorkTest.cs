using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.ReturnToWork;

/// <summary>
/// A directory of D100 (participant E8000 G1, colleague E8001 G1, E8002 G2, E8003 G3, head E8100 G5) and
/// D200 (E8201 G1, head E8200 G5), seeded on a fresh day (the shared clock only moves forward).
/// </summary>
public abstract class ReturnToWorkTest : ApiTest
{
    protected const string Base = "/api/v1/return-to-work";
    protected const string Participant = "E8000";
    protected const string SupportOfficer = "E8003";

    protected static readonly byte[] Pdf = [.. "%PDF-1.4\n% synthetic certificate\n"u8.ToArray(), .. new byte[64]];

    protected static readonly string[] AllBriefingPoints =
    [
        "Voluntary", "NotAPushToReturn", "AttendingPhysicianJudgementNeeded", "ConsultBeforeCertificate",
        "MayNotStartOrMayStop", "NoPayBeyondLeavePay", "AccidentInsuranceNotPublicCompensation",
    ];

    protected static DateOnly Today => Clock.Today();

    protected static HttpClient Head() => ClientFor("E8100", "D100", [Roles.DepartmentHead]);

    protected static HttpClient OtherHead() => ClientFor("E8200", "D200", [Roles.DepartmentHead]);

    protected static HttpClient Self() => Employee(Participant, "D100");

    protected static HttpClient Officer() => Employee(SupportOfficer, "D100");

    protected static HttpClient Physician() => InRole(Roles.Physician, "P0001", "D900");

    protected static HttpClient Director() => InRole(Roles.ProgramDirector, "E9500", "D900");

    protected static HttpClient Welfare() => InRole(Roles.WelfareOfficer, "E9001", "D900");

    protected static HttpClient Personnel() => InRole(Roles.PersonnelSystem, "personnel-system", "D900");

    [SetUp]
    public async Task SeedDirectoryAsync()
    {
        MoveTo(Clock.Today().AddDays(1), 9, 0);
        var asOf = Today.AddDays(-100).ToString("yyyy-MM-dd");
        await OrganisationSeed.DepartmentsAndGradesAsync(Personnel());
        await OrganisationSeed.EmployeesAsync(Personnel(), asOf,
            new SeedEmployee(Participant, "D100"), new SeedEmployee("E8001", "D100"), new SeedEmployee("E8002", "D100", "G2"),
            new SeedEmployee(SupportOfficer, "D100", "G3"), new SeedEmployee("E8100", "D100", "G5"),
            new SeedEmployee("E8201", "D200"), new SeedEmployee("E8200", "D200", "G5"));
        foreach (var (department, head) in new[] { ("D100", "E8100"), ("D200", "E8200") })
        {
            (await InRole(Roles.PersonnelOfficer).PutAsJsonAsync($"/api/v1/organisation/departments/{department}/head",
                new { employeeId = head, effectiveFrom = asOf })).EnsureSuccessStatusCode();
        }

        await DeliverEventsAsync();
    }

    /// <summary>Moves the shared clock forward (never back) to a time of a day in Japan.</summary>
    protected static void MoveTo(DateOnly day, int hour, int minute)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), JapanTime.Offset);
        if (target > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(target.ToUniversalTime());
        }
    }

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd");

    protected static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        var problem = await ProblemAsync(response);
        if (code is not null)
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code));
        }
    }

    protected static Task<HttpResponseMessage> RecordLeaveAsync(string employeeId, string kind, DateOnly start, DateOnly? expectedEnd, string? reference = null) =>
        Personnel().PostAsJsonAsync($"{Base}/leave-cases", new
        {
            employeeId, kind, startedOn = Iso(start), expectedEndOn = expectedEnd is null ? null : Iso(expectedEnd.Value), endedOn = (string?)null, reference,
        });

    protected static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] content, string contentType)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return client.PutAsync($"{Base}/pre-returns/{id}/certificate", body);
    }

    protected static object StandardPlan(DateOnly start, int? weeks = null, object[]? schedule = null) => new
    {
        startOn = Iso(start),
        weeks,
        placeDepartmentCode = (string?)null,
        placeChangeReason = (string?)null,
        placeChangeExplanation = (string?)null,
        tasks = new[] { "CollectingAndOrganisingMaterial", "PcDataEntry" },
        taskDetails = "filing and data entry",
        schedule,
        considerations = "no overtime, no contact with visitors",
    };

    /// <summary>Leave → opened → full briefing → certificate → application: the case as applied.</summary>
    protected static async Task<Guid> AppliedCaseAsync()
    {
        await OkAsync(await RecordLeaveAsync(Participant, "LongSickLeave", Today.AddDays(-40), Today.AddDays(90), "L-8000"));
        var opened = await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }));
        var id = opened.GetProperty("id").GetGuid();
        await OkAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns/{id}/briefing", new { points = AllBriefingPoints[..4], explainedOn = Iso(Today) }));
        await OkAsync(await Physician().PostAsJsonAsync($"{Base}/pre-returns/{id}/briefing", new { points = AllBriefingPoints[4..], explainedOn = Iso(Today) }));
        await OkAsync(await UploadAsync(Self(), id, Pdf, "application/pdf"));
        await OkAsync(await Self().PostAsJsonAsync($"{Base}/pre-returns/{id}/application", new
        {
            attendingPhysicianName = "主治 太郎", attendingPhysicianInstitution = "試験クリニック", wishedStartOn = Iso(Today.AddDays(7)), consentToConditions = true,
            familyName = "試験 一郎", familyRelationship = "spouse", noFamily = false,
        }));
        return id;
    }

    /// <summary>Applied → planned (standard 4 weeks from tomorrow) → reviewed.</summary>
    protected static async Task<(Guid Id, DateOnly Start)> ReviewedCaseAsync()
    {
        var id = await AppliedCaseAsync();
        var start = Today.AddDays(1);
        await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/plan", StandardPlan(start)));
        await OkAsync(await Physician().PutAsJsonAsync($"{Base}/pre-returns/{id}/review", new
        {
            interviewedOn = Iso(Today), feasible = true, planAppropriate = true, opinion = "fit for a gradual trial",
        }));
        return (id, start);
    }

    /// <summary>Reviewed → approved → support officer designated: the programme runs.</summary>
    protected static async Task<(Guid Id, DateOnly Start)> RunningCaseAsync()
    {
        var (id, start) = await ReviewedCaseAsync();
        await OkAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/decision", new { approved = true, remarks = "approved" }));
        await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = SupportOfficer }));
        return (id, start);
    }

    protected static object Log(DateOnly day) => new
    {
        date = Iso(day), start = "08:30:00", end = "12:00:00", tasks = new[] { "PcDataEntry" }, taskDetails = "entered forms", condition = "Good", remarks = (string?)null,
    };

    protected static Task<JsonElement> CaseAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<JsonElement>($"{Base}/pre-returns/{id}");
}
