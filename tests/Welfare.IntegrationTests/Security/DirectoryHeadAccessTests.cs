using System.Net;
using System.Net.Http.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;
using static Welfare.IntegrationTests.Security.ObjectLevelTests;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// A department head's powers come from the directory's head record on the day; the role is a precondition and
/// the token's <c>department</c> claim never suffices (issue #16, item 5). Every operation the object-level table
/// gives to the head of D100 is tried by four callers who hold the role and claim D100 but do not head it.
/// </summary>
public sealed class DirectoryHeadAccessTests : ApiTest
{
    private static readonly Caller[] Impostors =
    [
        new("head of D200 (H200) claiming D100", "H200", "D100", Roles.DepartmentHead),
        new("plain D100 employee E1002 with the head role", "E1002", "D100", Roles.DepartmentHead),
        new("D200 employee E2001 with the head role claiming D100", "E2001", "D100", Roles.DepartmentHead),
        new("X9999, in no directory, claiming D100", "X9999", "D100", Roles.DepartmentHead),
    ];

    /// <summary>The directory's head passes whatever department the identity provider put in the token.</summary>
    private static readonly Caller HeadWithStaleClaim = new("head of D100 (H100) whose token still says D900", "H100", "D900", Roles.DepartmentHead);

    public static IEnumerable<TestCaseData> HeadOperations() =>
        Table.Where(c => c.Kind == CaseKind.PerObject && c.Owner == HeadD100)
            .Select(c => new TestCaseData(c).SetArgDisplayNames($"{c.OperationId} ({c.Record})"));

    [TestCaseSource(nameof(HeadOperations))]
    public async Task Only_the_directory_s_head_passes_whatever_the_token_claims(ObjectCase row)
    {
        await SeedAsync();
        var ids = await row.Arrange!();
        var schema = SchemaOf(row.Request!.Path);
        var before = await FingerprintAsync(schema);

        foreach (var impostor in Impostors)
        {
            var refused = await SendAsync(impostor, row.Request, ids);
            Assert.That((int)refused.StatusCode, Is.EqualTo(row.Expected), $"{impostor} on {row.Record}: {await refused.Content.ReadAsStringAsync()}");
        }

        Assert.That(await FingerprintAsync(schema), Is.EqualTo(before), $"a refused call changed the {schema} schema");
        var allowed = await SendAsync(HeadWithStaleClaim, row.Request, ids);
        Assert.That((int)allowed.StatusCode, Is.Not.AnyOf(400, 401, 403, 404, 405, 415).And.LessThan(500),
            $"{HeadWithStaleClaim} must pass: {await allowed.Content.ReadAsStringAsync()}");
    }

    [Test]
    public async Task A_head_who_is_succeeded_loses_the_department_s_health_data_the_day_the_directory_says()
    {
        await SeedAsync();
        var ids = await AppliedPreReturnAsync();
        var certificate = $"{ObjectLevelTests.ReturnToWork}/pre-returns/{ids["case"]}/certificate";
        var successor = new Caller("E1003, head of D100 from today", "E1003", "D100", Roles.DepartmentHead);
        Assert.That((await ClientOf(HeadD100).GetAsync(certificate)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        (await InRole(Roles.PersonnelOfficer).PutAsJsonAsync("/api/v1/organisation/departments/D100/head",
            new { employeeId = "E1003", effectiveFrom = Day(Today) })).EnsureSuccessStatusCode();
        await DeliverEventsAsync();

        Assert.That((await ClientOf(HeadD100).GetAsync(certificate)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
            "the former head keeps a token that says department-head and D100, and still loses access");
        Assert.That((await ClientOf(successor).GetAsync(certificate)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
