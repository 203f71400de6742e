using System.Net;
using System.Net.Http.Headers;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Organisation;

/// <summary>
/// Departments carry versions (docs/adr/0011), but If-Match is optional on them: the personnel system that maintains
/// them may not read one, and its changes are meant to win.
/// </summary>
public sealed class DepartmentVersionTests : OrganisationTest
{
    private const string Url = "/api/v1/organisation/departments";

    private static HttpClient Officer() => InRole(Roles.PersonnelOfficer);

    private static object Department(string name, string? parent = "D000") => new { name, parentDepartmentCode = parent, appointingAuthority = "Governor", effectiveFrom = "2000-04-01" };

    [SetUp]
    public Task SeedAsync() => OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());

    [Test]
    public async Task A_department_follows_the_version_rules_with_If_Match_optional() =>
        await VersionRules.AssertAsync(Officer(), $"{Url}/D100", tag => Officer().SendJsonAsync(HttpMethod.Put, $"{Url}/D100", Department("総務課（改）"), tag), required: false);

    [Test]
    public async Task A_new_head_stored_as_a_head_term_alone_moves_the_department_version()
    {
        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), "2026-04-01", new SeedEmployee("E1", "D100", "G5"));
        var tag = (await VersionRules.ReadAsync(Officer(), $"{Url}/D100")).Tag;

        var assigned = await Officer().SendJsonAsync(HttpMethod.Put, $"{Url}/D100/head", new { employeeId = "E1", effectiveFrom = "2026-04-01" }, tag);
        var again = await Officer().SendJsonAsync(HttpMethod.Put, $"{Url}/D100/head", new { employeeId = "E1", effectiveFrom = "2026-04-02" }, tag);

        Assert.That(assigned.StatusCode, Is.EqualTo(HttpStatusCode.OK), await assigned.Content.ReadAsStringAsync());
        Assert.That(assigned.Headers.ETag, Is.Not.Null.And.Not.EqualTo(tag));
        Assert.That((await VersionRules.ReadAsync(Officer(), $"{Url}/D100")).Tag, Is.EqualTo(assigned.Headers.ETag));
        await VersionRules.AssertProblemAsync(again, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
    }

    [Test]
    public async Task Creating_a_department_needs_no_version_and_naming_one_fails()
    {
        var named = await Officer().SendJsonAsync(HttpMethod.Put, $"{Url}/N", Department("新設課", parent: null), new EntityTagHeaderValue("\"1\""));
        var created = await PersonnelSystem().SendJsonAsync(HttpMethod.Put, $"{Url}/N", Department("新設課", parent: null), null);

        await VersionRules.AssertProblemAsync(named, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(created.Headers.ETag, Is.EqualTo((await VersionRules.ReadAsync(Officer(), $"{Url}/N")).Tag));
    }
}
