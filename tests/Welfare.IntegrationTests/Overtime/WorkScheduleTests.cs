using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

public sealed class WorkScheduleTests : ApiTest
{
    private static DateOnly Today => Clock.Today();

    [SetUp]
    public async Task SeedAsync()
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        await OrganisationSeed.EmployeesAsync(personnel, Today.ToString("yyyy-MM-dd"),
            new SeedEmployee("E7000", "D100"), new SeedEmployee("E7001", "D200"), new SeedEmployee("E7100", "D100", "G5"));
        (await InRole(Roles.PersonnelOfficer).PutAsJsonAsync("/api/v1/organisation/departments/D100/head",
            new { employeeId = "E7100", effectiveFrom = Today.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        await DeliverEventsAsync();
    }

    [Test]
    public async Task Without_a_schedule_of_their_own_an_employee_works_the_default_day()
    {
        var schedule = await Employee("E7000").GetFromJsonAsync<JsonElement>("/api/v1/overtime/employees/E7000/schedule");

        Assert.That(schedule.GetProperty("isDefault").GetBoolean(), Is.True);
        Assert.That(schedule.GetProperty("start").GetString(), Is.EqualTo("08:30:00"));
        Assert.That(schedule.GetProperty("end").GetString(), Is.EqualTo("17:15:00"));
        Assert.That(schedule.GetProperty("dailyHours").GetDouble(), Is.EqualTo(7.75));
    }

    [Test]
    public async Task The_department_head_sets_a_staff_members_schedule_from_a_date()
    {
        var head = ClientFor("E7100", "D999", [Roles.DepartmentHead]);
        var from = Today.AddDays(7);

        var set = await head.PostAsJsonAsync("/api/v1/overtime/employees/E7000/schedule",
            new { from = from.ToString("yyyy-MM-dd"), start = "09:00", end = "17:45", breakStart = "12:00", breakEnd = "13:00" });
        var before = await Employee("E7000").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/employees/E7000/schedule?asOf={from.AddDays(-1):yyyy-MM-dd}");
        var after = await Employee("E7000").GetFromJsonAsync<JsonElement>($"/api/v1/overtime/employees/E7000/schedule?asOf={from:yyyy-MM-dd}");

        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Created), await set.Content.ReadAsStringAsync());
        Assert.That(before.GetProperty("isDefault").GetBoolean(), Is.True);
        Assert.That(after.GetProperty("start").GetString(), Is.EqualTo("09:00:00"));
        Assert.That(after.GetProperty("isDefault").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Heads_and_colleagues_of_other_departments_neither_see_nor_set_it()
    {
        var otherHead = ClientFor("E7200", "D200", [Roles.DepartmentHead]);

        var read = await otherHead.GetAsync("/api/v1/overtime/employees/E7000/schedule");
        var set = await otherHead.PostAsJsonAsync("/api/v1/overtime/employees/E7000/schedule",
            new { from = Today.ToString("yyyy-MM-dd"), start = "09:00", end = "17:45", breakStart = "12:00", breakEnd = "13:00" });
        var colleague = await Employee("E7001", "D200").GetAsync("/api/v1/overtime/employees/E7000/schedule");
        var self = await Employee("E7000").PostAsJsonAsync("/api/v1/overtime/employees/E7000/schedule",
            new { from = Today.ToString("yyyy-MM-dd"), start = "10:00", end = "15:00", breakStart = "12:00", breakEnd = "12:30" });

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(self.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "an employee does not set their own schedule");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.work_schedules"), Is.Zero);
    }

    [Test]
    public async Task A_schedule_out_of_order_or_for_someone_not_in_the_directory_is_refused()
    {
        var reversed = await InRole(Roles.PersonnelOfficer, language: "en").PostAsJsonAsync("/api/v1/overtime/employees/E7000/schedule",
            new { from = Today.ToString("yyyy-MM-dd"), start = "17:00", end = "09:00", breakStart = "12:00", breakEnd = "13:00" });
        var unknown = await InRole(Roles.PersonnelOfficer).PostAsJsonAsync("/api/v1/overtime/employees/E9999/schedule",
            new { from = Today.ToString("yyyy-MM-dd"), start = "09:00", end = "17:45", breakStart = "12:00", breakEnd = "13:00" });

        Assert.That(reversed.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(reversed)).GetProperty("code").GetString(), Is.EqualTo("overtime.schedule-out-of-order"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Transfers_reach_this_modules_directory_with_their_dates()
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.EmployeesAsync(personnel, Today.AddDays(20).ToString("yyyy-MM-dd"), new SeedEmployee("E7000", "D200"));
        await DeliverEventsAsync();

        var history = await ScalarAsync<string>(
            "SELECT string_agg(department_code || ':' || valid_from || ':' || coalesce(valid_to::text, ''), ',' ORDER BY valid_from) FROM overtime.directory_assignments WHERE employee_id = 'E7000'");

        Assert.That(history, Is.EqualTo($"D100:{Today:yyyy-MM-dd}:{Today.AddDays(19):yyyy-MM-dd},D200:{Today.AddDays(20):yyyy-MM-dd}:"));
    }
}
