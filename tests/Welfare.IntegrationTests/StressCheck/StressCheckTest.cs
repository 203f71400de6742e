using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.StressCheck;

public abstract class StressCheckTest : ApiTest
{
    protected const string Physician = "E3001";

    protected static HttpClient WelfareOfficer(string language = "ja") => InRole(Roles.WelfareOfficer, "E2001", "D900", language);

    protected static DateOnly Today => Clock.Today();

    /// <summary>A directory of five people (E5000–E5003 in D100, E5004 in D200; E5001 male), delivered to the module's read model.</summary>
    protected static async Task SeedDirectoryAsync()
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        await OrganisationSeed.EmployeesAsync(personnel, Today.ToString("yyyy-MM-dd"),
            new SeedEmployee("E5000", "D100"), new SeedEmployee("E5001", "D100", Sex: "Male"), new SeedEmployee("E5002", "D100"),
            new SeedEmployee("E5003", "D100", EmploymentType: "FixedTerm"), new SeedEmployee("E5004", "D200"));
        await DeliverEventsAsync();
    }

    /// <summary>Heads' powers come from the directory: adds E9100 (D100) and E9200 (D200) to it and appoints them.</summary>
    protected static async Task AppointHeadsAsync()
    {
        await OrganisationSeed.AppointHeadsAsync(InRole(Roles.PersonnelSystem, "personnel-system", "D900"), InRole(Roles.PersonnelOfficer),
            Today.ToString("yyyy-MM-dd"), ("D100", "E9100"), ("D200", "E9200"));
        await DeliverEventsAsync();
    }

    protected static async Task<Guid> CreateCampaignAsync(object? overrides = null, DateOnly? opensOn = null, string[]? departments = null)
    {
        var response = await WelfareOfficer().PostAsJsonAsync("/api/v1/stress-check/campaigns", overrides ?? new
        {
            fiscalYear = 2026,
            opensOn = (opensOn ?? Today).ToString("yyyy-MM-dd"),
            closesOn = (opensOn ?? Today).AddDays(30).ToString("yyyy-MM-dd"),
            criteria = new { method = "Sum", stressReaction = 77, factorsAndSupport = 76, stressReactionWithFactors = 63 },
            consentScope = "FullResult",
            committeeDecisionReference = "衛生委員会 2026-03-10 第3号",
            targetDepartments = departments,
        });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected static async Task<Guid> OpenCampaignAsync(DateOnly? opensOn = null, string[]? departments = null)
    {
        var id = await CreateCampaignAsync(opensOn: opensOn, departments: departments);
        (await WelfareOfficer().PutAsJsonAsync($"/api/v1/stress-check/campaigns/{id}/implementers", new { physicians = new[] { Physician } })).EnsureSuccessStatusCode();
        var opened = await WelfareOfficer().PostAsync($"/api/v1/stress-check/campaigns/{id}/open", null);
        Assert.That((int)opened.StatusCode, Is.EqualTo(200), await opened.Content.ReadAsStringAsync());
        return id;
    }

    protected static int[] AnswersOf(int value) => Enumerable.Repeat(value, 57).ToArray();

    protected static Task<HttpResponseMessage> SubmitAsync(Guid campaign, string employee, int[] answers, string language = "ja") =>
        Employee(employee, "D100", language).PostAsJsonAsync($"/api/v1/stress-check/campaigns/{campaign}/my/submissions", new { answers });
}
