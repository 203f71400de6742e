namespace Welfare.IntegrationTests.Security;

/// <summary>Organisation: an employee's entry is theirs and their department head's; a department's staff list is its head's.</summary>
public sealed partial class ObjectLevelTests
{
    internal const string Organisation = "/api/v1/organisation";

    private static IEnumerable<ObjectCase> OrganisationCases =>
    [
        Case("GetEmployee", "directory entry of E1001", Self, Colleague, NoRecordAsync, Get($"{Organisation}/employees/E1001")),
        Case("GetEmployee", "directory entry of E1001", HeadD100, HeadD200, NoRecordAsync, Get($"{Organisation}/employees/E1001")),
        Case("GetEmployeeAssignment", "assignment of E1001", HeadD100, HeadD200, NoRecordAsync, Get($"{Organisation}/employees/E1001/assignment?asOf={AsOf}")),
        Case("GetDepartmentStaff", "staff of D100", HeadD100, HeadD200, NoRecordAsync, Get($"{Organisation}/departments/D100/staff")),
        NotSecret("GetDepartment", "department details are for any authenticated caller (Organisation README: grades, department list and details)"),
        RoleWide("PutDepartment", "department corrections belong to personnel-system and personnel-officer for the whole employer (policy personnel-maintenance)"),
        RoleWide("AssignDepartmentHead", "heads are appointed by personnel-system or personnel-officer for every department (policy personnel-maintenance)"),
        RoleWide("GetImport", "import history is read by personnel-system and personnel-officer for the whole employer (policy personnel-maintenance); it holds counts and row errors, no case data"),
    ];

    /// <summary>The directory seeded by <see cref="SeedAsync"/> is the record.</summary>
    internal static Task<Dictionary<string, string>> NoRecordAsync() => Task.FromResult(new Dictionary<string, string>());

    [Test]
    public async Task Directory_search_is_refused_to_heads_and_employees()
    {
        await SeedAsync();

        var head = await ClientOf(HeadD100).GetAsync($"{Organisation}/employees?department=D200");
        var employee = await ClientOf(Self).GetAsync($"{Organisation}/employees");
        var me = await OkAsync(Self, "GET", $"{Organisation}/me");

        Assert.That((int)head.StatusCode, Is.EqualTo(403));
        Assert.That((int)employee.StatusCode, Is.EqualTo(403));
        Assert.That(me.GetProperty("employeeId").GetString(), Is.EqualTo("E1001"));
    }
}
