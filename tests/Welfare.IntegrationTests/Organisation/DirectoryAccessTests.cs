using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Organisation;

public sealed class DirectoryAccessTests : OrganisationTest
{
    [SetUp]
    public async Task SeedAsync()
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());
        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), "2026-04-01",
            new SeedEmployee("E8000", "D100"), new SeedEmployee("E8001", "D100"), new SeedEmployee("E8002", "D200"),
            new SeedEmployee("E8100", "D100", "G5"));
        (await InRole(Roles.PersonnelOfficer).PutAsJsonAsync("/api/v1/organisation/departments/D100/head",
            new { employeeId = "E8100", effectiveFrom = "2026-04-01" })).EnsureSuccessStatusCode();
    }

    [Test]
    public async Task An_employee_reads_their_own_entry_and_nobody_elses()
    {
        var me = await Employee("E8000").GetFromJsonAsync<JsonElement>("/api/v1/organisation/me");
        var colleague = await Employee("E8000").GetAsync("/api/v1/organisation/employees/E8001");
        var nobody = await Employee("E8000").GetAsync("/api/v1/organisation/employees/E0404");

        Assert.That(me.GetProperty("employeeId").GetString(), Is.EqualTo("E8000"));
        Assert.That(me.GetProperty("assignments")[0].GetProperty("departmentCode").GetString(), Is.EqualTo("D100"));
        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another's entry looks like a missing one");
        Assert.That(nobody.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'employee.read' AND outcome = 'Denied' AND actor_id = 'E8000'"), Is.EqualTo(2));
    }

    [Test]
    public async Task A_department_head_sees_their_own_staff_only()
    {
        // E8100 heads D100 in the directory; the token's department claim says nothing about it.
        var head = ClientFor("E8100", "D999", [Roles.DepartmentHead]);

        var staff = await head.GetFromJsonAsync<JsonElement>("/api/v1/organisation/departments/D100/staff");
        var member = await head.GetAsync("/api/v1/organisation/employees/E8001");
        var otherDepartment = await head.GetAsync("/api/v1/organisation/departments/D200/staff");
        var otherStaff = await head.GetAsync("/api/v1/organisation/employees/E8002");

        Assert.That(staff.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E8000", "E8001", "E8100" }));
        Assert.That(member.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(otherDepartment.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(otherStaff.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Without_the_department_head_role_heading_in_the_directory_is_not_enough()
    {
        var response = await Employee("E8100").GetAsync("/api/v1/organisation/departments/D100/staff");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase(Roles.WelfareOfficer)]
    [TestCase(Roles.PersonnelOfficer)]
    public async Task Directory_officers_browse_and_search(string role)
    {
        var officer = InRole(role);

        var all = await officer.GetFromJsonAsync<JsonElement>("/api/v1/organisation/employees?pageSize=2");
        var inD200 = await officer.GetFromJsonAsync<JsonElement>("/api/v1/organisation/employees?department=D200");
        var byNumber = await officer.GetFromJsonAsync<JsonElement>("/api/v1/organisation/employees?search=E8001");
        var byKana = await officer.GetFromJsonAsync<JsonElement>("/api/v1/organisation/employees?search=%E3%82%B7%E3%82%B1%E3%83%B3");

        Assert.That(all.GetProperty("totalCount").GetInt64(), Is.EqualTo(4));
        Assert.That(all.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
        Assert.That(inD200.GetProperty("items")[0].GetProperty("employeeId").GetString(), Is.EqualTo("E8002"));
        Assert.That(byNumber.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
        Assert.That(byKana.GetProperty("totalCount").GetInt64(), Is.EqualTo(4));
    }

    [TestCase(null)]
    [TestCase(Roles.DepartmentHead)]
    [TestCase(Roles.Physician)]
    [TestCase(Roles.Auditor)]
    [TestCase(Roles.PersonnelSystem)]
    public async Task Nobody_else_searches_the_directory(string? role)
    {
        var client = role is null ? Employee("E8000") : InRole(role);

        var response = await client.GetAsync("/api/v1/organisation/employees");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(Roles.WelfareOfficer)]
    [TestCase(Roles.DepartmentHead)]
    [TestCase(null)]
    public async Task Only_personnel_maintains_departments_and_grades(string? role)
    {
        var client = role is null ? Employee("E8000") : InRole(role);

        var put = await client.PutAsJsonAsync("/api/v1/organisation/departments/D300",
            new { name = "新課", parentDepartmentCode = "D000", appointingAuthority = "Governor", effectiveFrom = "2026-04-01" });
        var grades = await client.PutAsJsonAsync("/api/v1/organisation/grades", new { grades = new[] { new { code = "G1", name = "x" } } });

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(grades.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_directory_carries_no_health_or_case_data()
    {
        var entry = await InRole(Roles.WelfareOfficer).GetFromJsonAsync<JsonElement>("/api/v1/organisation/employees/E8000");

        Assert.That(entry.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[]
        {
            "employeeId", "nameKanji", "nameKana", "sex", "gradeCode", "employmentType", "appointingAuthority", "status",
            "joinedOn", "leftOn", "departmentCode", "assignments",
        }));
    }
}
