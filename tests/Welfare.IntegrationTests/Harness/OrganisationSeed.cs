using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.Harness;

/// <summary>A synthetic employee for seeding; every name is made up.</summary>
public sealed record SeedEmployee(
    string EmployeeId,
    string DepartmentCode,
    string GradeCode = "G1",
    string Sex = "Female",
    string EmploymentType = "Regular",
    string JoinedOn = "2020-04-01",
    string? Status = null,
    string? EffectiveDate = null,
    string NameKanji = "試験 花子",
    string NameKana = "シケン ハナコ")
{
    public object ToRow() => new
    {
        employeeId = EmployeeId,
        nameKanji = NameKanji,
        nameKana = NameKana,
        sex = Sex,
        gradeCode = GradeCode,
        employmentType = EmploymentType,
        appointingAuthority = "Governor",
        departmentCode = DepartmentCode,
        status = Status,
        joinedOn = JoinedOn,
        effectiveDate = EffectiveDate,
    };
}

/// <summary>
/// Seeds an organisation through the Organisation module's own API, as the personnel system would, so
/// that every programme module's tests start from the same realistic directory in one line.
/// </summary>
public static class OrganisationSeed
{
    public static readonly string[] Grades = ["G1", "G2", "G3", "G4", "G5"];

    /// <summary>D000 本庁 with D100, D200 and D900 under it; grades G1 (係員) … G5 (課長).</summary>
    public static async Task DepartmentsAndGradesAsync(HttpClient personnelSystem, string asOf = "2020-04-01")
    {
        (await personnelSystem.PutAsJsonAsync("/api/v1/organisation/grades", new
        {
            grades = new[]
            {
                new { code = "G1", name = "係員" }, new { code = "G2", name = "主任" }, new { code = "G3", name = "係長" },
                new { code = "G4", name = "課長補佐" }, new { code = "G5", name = "課長" },
            },
        })).EnsureSuccessStatusCode();

        var departments = new[]
        {
            new { departmentCode = "D000", name = "本庁", parentDepartmentCode = (string?)null, appointingAuthority = "Governor", effectiveFrom = "2000-04-01" },
            new { departmentCode = "D100", name = "総務課", parentDepartmentCode = (string?)"D000", appointingAuthority = "Governor", effectiveFrom = "2000-04-01" },
            new { departmentCode = "D200", name = "土木課", parentDepartmentCode = (string?)"D000", appointingAuthority = "Governor", effectiveFrom = "2000-04-01" },
            new { departmentCode = "D900", name = "厚生課", parentDepartmentCode = (string?)"D000", appointingAuthority = "Governor", effectiveFrom = "2000-04-01" },
        };
        var response = await personnelSystem.PostAsJsonAsync($"/api/v1/organisation/imports/departments?mode=Delta&asOf={asOf}", departments);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Imports the employees (delta) and returns the import report.</summary>
    public static async Task<JsonElement> EmployeesAsync(HttpClient personnelSystem, string asOf, params SeedEmployee[] employees)
    {
        var response = await personnelSystem.PostAsJsonAsync(
            $"/api/v1/organisation/imports/employees?mode=Delta&asOf={asOf}", employees.Select(e => e.ToRow()).ToArray());
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Adds each head to the directory in their department (grade G5) and appoints them from <paramref name="asOf"/>.</summary>
    public static async Task AppointHeadsAsync(HttpClient personnelSystem, HttpClient personnelOfficer, string asOf, params (string Department, string Head)[] heads)
    {
        await EmployeesAsync(personnelSystem, asOf, [.. heads.Select(h => new SeedEmployee(h.Head, h.Department, "G5"))]);
        foreach (var (department, head) in heads)
        {
            (await personnelOfficer.PutAsJsonAsync($"/api/v1/organisation/departments/{department}/head", new { employeeId = head, effectiveFrom = asOf }))
                .EnsureSuccessStatusCode();
        }
    }
}
