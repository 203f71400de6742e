using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Organisation;

/// <summary>
/// The personnel system maintains grades and departments (README "Who may do what"): it reads them back as well as
/// writing them, and still sees no one's personal entry.
/// </summary>
public sealed class PersonnelSystemGrantTests : OrganisationTest
{
    private const string Url = "/api/v1/organisation";

    [SetUp]
    public Task SeedAsync() => OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());

    [Test]
    public async Task The_personnel_system_reads_the_grade_scale_it_replaced()
    {
        var system = PersonnelSystem();

        var replaced = await system.PutAsJsonAsync($"{Url}/grades", new
        {
            grades = OrganisationSeed.Grades.Select(code => new { code, name = code }).Append(new { code = "G6", name = "部長" }).ToArray(),
        });
        var grades = await system.GetAsync($"{Url}/grades");

        Assert.That(replaced.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(grades.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var codes = (await grades.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(g => g.GetProperty("code").GetString());
        Assert.That(codes, Is.EqualTo(new[] { "G1", "G2", "G3", "G4", "G5", "G6" }));
    }

    [Test]
    public async Task The_personnel_system_reads_departments_and_corrects_one_against_the_version_it_read()
    {
        var system = PersonnelSystem();

        var list = await system.GetFromJsonAsync<JsonElement>($"{Url}/departments?asOf=2026-04-01");
        var read = await system.GetAsync($"{Url}/departments/D100");
        var corrected = await system.SendJsonAsync(HttpMethod.Put, $"{Url}/departments/D100",
            new { name = "総務課（改）", parentDepartmentCode = "D000", appointingAuthority = "Governor", effectiveFrom = "2000-04-01" }, read.Headers.ETag);
        var stale = await system.SendJsonAsync(HttpMethod.Put, $"{Url}/departments/D100",
            new { name = "総務課（旧）", parentDepartmentCode = "D000", appointingAuthority = "Governor", effectiveFrom = "2000-04-01" }, read.Headers.ETag);

        Assert.That(list.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("departmentCode").GetString()), Is.EqualTo(new[] { "D000", "D100", "D200", "D900" }));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(read.Headers.ETag, Is.Not.Null, "the version it can name in If-Match");
        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "a correction against the version read before the last one");
        Assert.That(await ScalarAsync<string>("SELECT name FROM organisation.departments WHERE department_code = 'D100'"), Is.EqualTo("総務課（改）"));
    }

    [TestCase("/departments/D100/staff")]
    [TestCase("/employees/E1000")]
    [TestCase("/employees")]
    public async Task The_personnel_system_still_reads_no_ones_entry(string path)
    {
        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), "2026-04-01", new SeedEmployee("E1000", "D100"));

        var response = await PersonnelSystem().GetAsync(Url + path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("/grades")]
    [TestCase("/departments")]
    [TestCase("/departments/D100")]
    public async Task The_attendance_system_does_not_read_the_directory(string path)
    {
        var response = await InRole(Roles.AttendanceSystem, "attendance-system", "D900").GetAsync(Url + path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
