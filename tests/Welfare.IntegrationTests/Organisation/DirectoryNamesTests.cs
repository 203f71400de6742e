using Welfare.IntegrationTests.Harness;
using Welfare.Modules.Organisation.Infrastructure.Persistence.Migrations;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Organisation;

/// <summary>Names travel from Organisation to every module's copy of the directory (ADR 0012); the names are synthetic.</summary>
public sealed class DirectoryNamesTests : ApiTest
{
    private static readonly string[] Copies = ["overtime", "peer_support", "return_to_work", "stress_check", "harassment"];

    private static HttpClient PersonnelSystem() => InRole(Roles.PersonnelSystem, "personnel-system", "D900");

    [SetUp]
    public async Task SeedAsync()
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());
        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), "2026-04-01",
            new SeedEmployee("E5000", "D100", NameKanji: "見本 一郎", NameKana: "ミホン イチロウ"), new SeedEmployee("E5001", "D200"));
        await DeliverEventsAsync();
    }

    // Rows written by SQL are due at the database's now(); the relay asks the test's clock, which may stand earlier.
    private static Task MakeDueAsync() =>
        ExecuteAsync("UPDATE organisation.outbox_messages SET next_attempt_at = '2000-01-01T00:00:00Z' WHERE processed_at IS NULL");

    private static async Task<string[]> NamesInCopiesAsync(string employeeId)
    {
        var names = new List<string>();
        foreach (var schema in Copies)
        {
            names.Add(await ScalarAsync<string>($"SELECT coalesce(name_kanji, '-') || '/' || coalesce(name_kana, '-') FROM {schema}.directory_employees WHERE employee_id = '{employeeId}'"));
        }

        return [.. names];
    }

    [Test]
    public async Task A_new_employees_name_reaches_every_copy()
    {
        Assert.That(await NamesInCopiesAsync("E5000"), Is.All.EqualTo("見本 一郎/ミホン イチロウ"));
    }

    [Test]
    public async Task A_change_of_name_reaches_every_copy_and_nothing_else_changes()
    {
        var gradesBefore = await ScalarAsync<long>("SELECT count(*) FROM harassment.directory_grade_changes WHERE employee_id = 'E5000'");

        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), "2026-10-01",
            new SeedEmployee("E5000", "D100", NameKanji: "試行 一郎", NameKana: "シコウ イチロウ"));
        await DeliverEventsAsync();

        Assert.That(await NamesInCopiesAsync("E5000"), Is.All.EqualTo("試行 一郎/シコウ イチロウ"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.directory_grade_changes WHERE employee_id = 'E5000'"), Is.EqualTo(gradesBefore));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.directory_assignments WHERE employee_id = 'E5000'"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_event_written_before_names_travelled_keeps_the_name_a_copy_has()
    {
        // A payload of the old shape (no name fields) still in the outbox at the upgrade.
        await ExecuteAsync("""
            INSERT INTO organisation.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts, ordering_key)
            VALUES (gen_random_uuid(), 'Welfare.Modules.Organisation.IntegrationEvents.EmployeeChangedIntegrationEvent, Welfare.Modules.Organisation.IntegrationEvents',
                jsonb_build_object('id', gen_random_uuid(), 'occurredAt', now(), 'employeeId', 'E5000', 'changedFields', jsonb_build_array('status'),
                    'sex', 'Female', 'gradeCode', 'G1', 'gradeRank', 1, 'employmentType', 'Regular', 'appointingAuthority', 'Governor',
                    'status', 'OnLeave', 'effectiveDate', '2026-11-01'),
                now(), now(), 0, 'employee:E5000')
            """);
        await MakeDueAsync();
        await DeliverEventsAsync();

        Assert.That(await NamesInCopiesAsync("E5000"), Is.All.EqualTo("見本 一郎/ミホン イチロウ"));
        Assert.That(await ScalarAsync<string>("SELECT status FROM overtime.directory_employees WHERE employee_id = 'E5000'"), Is.EqualTo("OnLeave"));
    }

    [Test]
    public async Task The_upgrade_republishes_every_employee_so_that_copies_filled_before_learn_the_names()
    {
        foreach (var schema in Copies)
        {
            await ExecuteAsync($"UPDATE {schema}.directory_employees SET name_kanji = NULL, name_kana = NULL");
        }

        await ExecuteAsync(PublishNamesToDirectory.Sql);
        await MakeDueAsync();
        await DeliverEventsAsync();

        Assert.That(await NamesInCopiesAsync("E5000"), Is.All.EqualTo("見本 一郎/ミホン イチロウ"));
        Assert.That(await NamesInCopiesAsync("E5001"), Is.All.EqualTo("試験 花子/シケン ハナコ"));
        Assert.That(await ScalarAsync<string>("SELECT grade_code || ':' || grade_rank || ':' || status FROM stress_check.directory_employees WHERE employee_id = 'E5000'"),
            Is.EqualTo("G1:1:Active"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages WHERE processed_at IS NULL"), Is.Zero);
    }
}
