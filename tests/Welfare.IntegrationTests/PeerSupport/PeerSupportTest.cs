using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>
/// A directory of D100 (staff E8000–E8003, head E8100), D200 (staff E8201, head E8200) and the welfare
/// division D900 (E8900); welfare officer W9001 and personnel officer P9001 by token only.
/// </summary>
public abstract class PeerSupportTest : ApiTest
{
    protected const string Base = "/api/v1/peer-support";

    protected const string SecretContent = "配偶者との借金問題について（試験用の架空の内容）";

    protected static DateOnly Today => Clock.Today();

    protected static HttpClient Head(string language = "ja") => ClientFor("E8100", "D100", [Roles.DepartmentHead], language);

    protected static HttpClient OtherHead() => ClientFor("E8200", "D200", [Roles.DepartmentHead]);

    protected static HttpClient Supporter(string language = "ja") => Employee("E8000", "D100", language);

    protected static HttpClient OtherSupporter() => Employee("E8001", "D100");

    protected static HttpClient Subject() => Employee("E8002", "D100");

    protected static HttpClient Colleague() => Employee("E8003", "D100");

    protected static HttpClient Outsider() => Employee("E8201", "D200");

    protected static HttpClient Coordinator() => Employee("E8900", "D900");

    protected static HttpClient WelfareOfficer() => InRole(Roles.WelfareOfficer, "W9001", "D900");

    protected static HttpClient Personnel() => InRole(Roles.PersonnelOfficer, "P9001", "D900");

    [SetUp]
    public async Task SeedDirectoryAsync()
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        await OrganisationSeed.EmployeesAsync(personnel, Today.ToString("yyyy-MM-dd"),
            new SeedEmployee("E8000", "D100"), new SeedEmployee("E8001", "D100"), new SeedEmployee("E8002", "D100"), new SeedEmployee("E8003", "D100"),
            new SeedEmployee("E8100", "D100", "G5"), new SeedEmployee("E8200", "D200", "G5"), new SeedEmployee("E8201", "D200"),
            new SeedEmployee("E8900", "D900", "G3"), new SeedEmployee("E8901", "D200", "G3"));
        foreach (var (department, head) in new[] { ("D100", "E8100"), ("D200", "E8200") })
        {
            (await InRole(Roles.PersonnelOfficer).PutAsJsonAsync($"/api/v1/organisation/departments/{department}/head",
                new { employeeId = head, effectiveFrom = Today.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        }

        await DeliverEventsAsync();
    }

    protected static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task<string> CodeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        var problem = await ProblemAsync(response);
        return problem.TryGetProperty("code", out var code) ? code.GetString()! : string.Empty;
    }

    protected static async Task<Guid> WorkplaceAsync(string department = "D100", string name = "第1執務室")
    {
        var client = department == "D100" ? Head() : OtherHead();
        var workplace = await CreatedAsync(await client.PostAsJsonAsync($"{Base}/departments/{department}/workplaces", new { name }));
        return workplace.GetProperty("id").GetGuid();
    }

    protected static async Task<JsonElement> DesignateAsync(Guid workplace, string employeeId, HttpClient? head = null) =>
        await CreatedAsync(await (head ?? Head()).PostAsJsonAsync($"{Base}/workplaces/{workplace}/supporters",
            new { employeeId, contact = $"内線 {employeeId[^3..]}" }));

    /// <summary>E8000 and E8001 supporters of D100's first workplace.</summary>
    protected static async Task<Guid> SupportersAsync()
    {
        var workplace = await WorkplaceAsync();
        await DesignateAsync(workplace, "E8000");
        await DesignateAsync(workplace, "E8001");
        return workplace;
    }

    protected static async Task<JsonElement> DesignateCoordinatorAsync(string employeeId = "E8900") =>
        await CreatedAsync(await WelfareOfficer().PostAsJsonAsync($"{Base}/coordinators", new { employeeId, contact = "内線 900" }));

    protected static object ConsultationBody(string subject = "E8002", string category = "Family", string channel = "Request", DateOnly? openedOn = null,
        string content = SecretContent, string subjectKind = "Employee", string? familyRelationship = null) =>
        new { subjectKind, subjectEmployeeId = subject, familyRelationship, channel, category, openedOn = openedOn?.ToString("yyyy-MM-dd"), content };

    protected static async Task<Guid> RecordAsync(HttpClient? supporter = null, object? body = null)
    {
        var consultation = await CreatedAsync(await (supporter ?? Supporter()).PostAsJsonAsync($"{Base}/consultations", body ?? ConsultationBody()));
        return consultation.GetProperty("id").GetGuid();
    }

    protected static async Task<JsonElement> ConsentAsync(Guid consultation, string purpose) =>
        await CreatedAsync(await Supporter().PostAsJsonAsync($"{Base}/consultations/{consultation}/consents", new { purpose, scope = "部外相談員への紹介に同意" }));

    /// <summary>Moves the shared clock forward (never back) to a day and time in Japan.</summary>
    protected static void AdvanceTo(DateOnly day, int hour = 9)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), JapanTime.Offset);
        if (target > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(target.ToUniversalTime());
        }
    }
}
