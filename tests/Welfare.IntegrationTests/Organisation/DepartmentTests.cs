using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Organisation;

public sealed class DepartmentTests : OrganisationTest
{
    private static object Dept(string code, string? parent, string from = "2010-04-01", string name = "課") =>
        new { departmentCode = code, name, parentDepartmentCode = parent, appointingAuthority = "Mayor", effectiveFrom = from };

    [Test]
    public async Task Departments_import_in_any_order_and_cycles_or_unknown_parents_are_rejected()
    {
        var report = await ImportAsync("departments", "mode=Delta&asOf=2026-04-01", new[]
        {
            Dept("B", "A"), Dept("A", null), Dept("X", "Y"), Dept("Y", "X"), Dept("C", "NOPE"),
        });
        await DeliverEventsAsync();

        Assert.That(Count(report, "inserted"), Is.EqualTo(2));
        Assert.That(report.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("key").GetString()), Is.EquivalentTo(new[] { "X", "Y", "C" }));
        Assert.That(await ReceivedAsync("DepartmentChangedIntegrationEvent", "B"), Is.EqualTo(1));

        // Re-parenting A under B would close a loop: refused, and A keeps its place.
        var cycle = await ImportAsync("departments", "mode=Delta&asOf=2026-04-01", new[] { Dept("A", "B") });
        Assert.That(cycle.GetProperty("rejections")[0].GetProperty("code").GetString(), Is.EqualTo("organisation.department-cycle"));
        Assert.That(await ScalarAsync<object>("SELECT parent_department_code FROM organisation.departments WHERE department_code = 'A'"), Is.EqualTo(DBNull.Value));
    }

    [Test]
    public async Task A_cycle_through_the_API_answers_422_in_the_callers_language()
    {
        await ImportAsync("departments", "mode=Delta", new[] { Dept("A", null), Dept("B", "A") });

        var response = await InRole(Roles.PersonnelOfficer, language: "en").PutAsJsonAsync("/api/v1/organisation/departments/A",
            new { name = "A", parentDepartmentCode = "B", appointingAuthority = "Mayor", effectiveFrom = "2010-04-01" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("organisation.department-cycle"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("cycle"));
    }

    [Test]
    public async Task A_full_department_snapshot_closes_what_it_lacks()
    {
        await ImportAsync("departments", "mode=Full&asOf=2026-04-01", new[] { Dept("A", null), Dept("B", "A") });

        var report = await ImportAsync("departments", "mode=Full&asOf=2027-04-01", new[] { Dept("A", null) });

        Assert.That(Count(report, "left"), Is.EqualTo(1));
        var open = await Employee().GetFromJsonAsync<JsonElement>("/api/v1/organisation/departments?asOf=2027-04-01");
        Assert.That(open.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("departmentCode").GetString()), Is.EqualTo(new[] { "A" }));
        var b = await Employee().GetFromJsonAsync<JsonElement>("/api/v1/organisation/departments/B");
        Assert.That(b.GetProperty("department").GetProperty("effectiveTo").GetString(), Is.EqualTo("2027-03-31"));
    }

    [Test]
    public async Task Assigning_a_head_keeps_the_history_and_is_published()
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());
        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), "2026-04-01", new SeedEmployee("E7000", "D100", "G5"), new SeedEmployee("E7001", "D100", "G5"));
        var officer = InRole(Roles.PersonnelOfficer);

        (await officer.PutAsJsonAsync("/api/v1/organisation/departments/D100/head", new { employeeId = "E7000", effectiveFrom = "2026-04-01" })).EnsureSuccessStatusCode();
        var second = await officer.PutAsJsonAsync("/api/v1/organisation/departments/D100/head", new { employeeId = "E7001", effectiveFrom = "2026-10-01" });
        await DeliverEventsAsync();

        var detail = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(detail.GetProperty("department").GetProperty("headEmployeeId").GetString(), Is.EqualTo("E7001"));
        var heads = detail.GetProperty("heads").EnumerateArray().Select(h => $"{h.GetProperty("employeeId").GetString()}:{h.GetProperty("to")}").ToList();
        Assert.That(heads, Is.EqualTo(new[] { "E7000:2026-09-30", "E7001:" }));
        var published = JsonDocument.Parse(await ScalarAsync<string>(
            "SELECT payload::text FROM probe.received_events WHERE event_type = 'DepartmentHeadAssignedIntegrationEvent' AND payload->>'headEmployeeId' = 'E7001'")).RootElement;
        Assert.That(published.GetProperty("previousHeadEmployeeId").GetString(), Is.EqualTo("E7000"));

        var unknown = await officer.PutAsJsonAsync("/api/v1/organisation/departments/D100/head", new { employeeId = "E9999", effectiveFrom = "2026-11-01" });
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
    }

    [Test]
    public async Task Grades_in_use_cannot_be_removed_and_order_gives_the_rank()
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());
        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), "2026-04-01", new SeedEmployee("E7100", "D100", "G5"));
        var officer = InRole(Roles.PersonnelOfficer, language: "en");

        var removeInUse = await officer.PutAsJsonAsync("/api/v1/organisation/grades", new { grades = new[] { new { code = "G1", name = "係員" } } });
        var reorder = await officer.PutAsJsonAsync("/api/v1/organisation/grades", new
        {
            grades = new[] { new { code = "G1", name = "係員" }, new { code = "G5", name = "課長" }, new { code = "G3", name = "係長" } },
        });
        var duplicate = await officer.PutAsJsonAsync("/api/v1/organisation/grades", new { grades = new[] { new { code = "G1", name = "a" }, new { code = "G1", name = "b" } } });

        Assert.That(removeInUse.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ProblemAsync(removeInUse)).GetProperty("detail").GetString(), Does.Contain("G5"));
        Assert.That(reorder.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var grades = await Employee().GetFromJsonAsync<JsonElement>("/api/v1/organisation/grades");
        Assert.That(grades.EnumerateArray().Select(g => $"{g.GetProperty("code").GetString()}{g.GetProperty("rank").GetInt32()}"), Is.EqualTo(new[] { "G11", "G52", "G33" }));
        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "each code once per scale");
    }
}
