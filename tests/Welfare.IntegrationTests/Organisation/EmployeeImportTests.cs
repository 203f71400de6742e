using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Organisation;

public sealed class EmployeeImportTests : OrganisationTest
{
    private static readonly SeedEmployee Alice = new("E1000", "D100");
    private static readonly SeedEmployee Bob = new("E1001", "D200", "G3", "Male");
    private static readonly SeedEmployee Carol = new("E1002", "D900", "G5", EmploymentType: "FixedTerm");

    [SetUp]
    public Task SeedAsync() => OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());

    [Test]
    public async Task A_full_snapshot_registers_everyone_and_each_event_reaches_a_consumer_exactly_once()
    {
        var report = await ImportAsync("employees", "mode=Full&asOf=2026-04-01", Rows(Alice, Bob, Carol));

        Assert.That(Count(report, "inserted"), Is.EqualTo(3));
        Assert.That(Count(report, "rejected"), Is.Zero);
        Assert.That(await DeliverEventsAsync(), Is.GreaterThanOrEqualTo(3));
        Assert.That(await DeliverEventsAsync(), Is.Zero);

        foreach (var employee in new[] { Alice, Bob, Carol })
        {
            Assert.That(await ReceivedAsync("EmployeeRegisteredIntegrationEvent", employee.EmployeeId), Is.EqualTo(1));
        }

        var payload = JsonDocument.Parse(await ScalarAsync<string>(
            "SELECT payload::text FROM probe.received_events WHERE key = 'E1001' AND event_type = 'EmployeeRegisteredIntegrationEvent'")).RootElement;
        Assert.That(payload.GetProperty("departmentCode").GetString(), Is.EqualTo("D200"));
        Assert.That(payload.GetProperty("sex").GetString(), Is.EqualTo("Male"));
        Assert.That(payload.GetProperty("gradeCode").GetString(), Is.EqualTo("G3"));
        Assert.That(payload.GetProperty("gradeRank").GetInt32(), Is.EqualTo(3));
        Assert.That(payload.GetProperty("effectiveDate").GetString(), Is.EqualTo("2026-04-01"));
        Assert.That(payload.GetProperty("nameKanji").GetString(), Is.EqualTo("試験 花子"), "names travel: the modules show them to those who must find someone");
        Assert.That(payload.GetProperty("nameKana").GetString(), Is.EqualTo("シケン ハナコ"));
    }

    [Test]
    public async Task A_large_first_load_takes_the_bulk_path_with_the_same_result()
    {
        var employees = Enumerable.Range(0, 600).Select(i => new SeedEmployee($"B{i:0000}", i % 2 == 0 ? "D100" : "D200")).ToArray();

        var report = await ImportAsync("employees", "mode=Full&asOf=2026-04-01", Rows(employees));
        var delivered = await DeliverEventsAsync();

        Assert.That(Count(report, "inserted"), Is.EqualTo(600));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(600));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.assignments WHERE department_code = 'D200' AND valid_from = '2026-04-01'"), Is.EqualTo(300));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages WHERE processed_at IS NOT NULL AND type LIKE '%EmployeeRegistered%'"), Is.EqualTo(600));
        Assert.That(delivered, Is.GreaterThanOrEqualTo(600));
        Assert.That(await ScalarAsync<long>("SELECT count(DISTINCT key) FROM probe.received_events WHERE event_type = 'EmployeeRegisteredIntegrationEvent'"), Is.EqualTo(600));

        // The bulk-loaded employees behave like any other: a later change finds and updates them.
        var next = await ImportAsync("employees", "mode=Delta&asOf=2026-10-01", Rows(employees[0] with { DepartmentCode = "D900" }));
        Assert.That(Count(next, "transferred"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_same_file_twice_changes_nothing()
    {
        await ImportAsync("employees", "mode=Full&asOf=2026-04-01", Rows(Alice, Bob));
        var outboxBefore = await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages");

        var again = await ImportAsync("employees", "mode=Full&asOf=2026-04-01", Rows(Alice, Bob));

        Assert.That(Count(again, "unchanged"), Is.EqualTo(2));
        Assert.That(Count(again, "inserted") + Count(again, "updated") + Count(again, "left"), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages"), Is.EqualTo(outboxBefore));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.assignments"), Is.EqualTo(2));
    }

    [Test]
    public async Task A_dry_run_reports_what_would_change_and_changes_nothing()
    {
        await ImportAsync("employees", "mode=Full&asOf=2026-04-01", Rows(Alice, Bob));

        var report = await ImportAsync("employees", "mode=Full&asOf=2026-10-01&dryRun=true",
            Rows(Alice with { DepartmentCode = "D900" }, Carol));

        Assert.That(report.GetProperty("dryRun").GetBoolean(), Is.True);
        Assert.That(Count(report, "inserted"), Is.EqualTo(1));
        Assert.That(Count(report, "transferred"), Is.EqualTo(1));
        Assert.That(Count(report, "left"), Is.EqualTo(1));
        var changes = report.GetProperty("changes").EnumerateArray()
            .Select(c => $"{c.GetProperty("key").GetString()}:{c.GetProperty("change").GetString()}").ToList();
        Assert.That(changes, Is.EquivalentTo(new[] { "E1000:transferred", "E1002:inserted", "E1001:left" }));

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(2));
        Assert.That(await ScalarAsync<string>("SELECT status FROM organisation.employees WHERE employee_id = 'E1001'"), Is.EqualTo("Active"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.outbox_messages WHERE payload->>'employeeId' = 'E1002'"), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.imports WHERE dry_run"), Is.EqualTo(1), "dry runs are recorded too");
    }

    [Test]
    public async Task A_transfer_keeps_the_past_and_answers_as_of_questions()
    {
        await ImportAsync("employees", "mode=Delta&asOf=2026-04-01", Rows(Alice));

        var report = await ImportAsync("employees", "mode=Delta&asOf=2026-10-01", Rows(Alice with { DepartmentCode = "D200" }));
        await DeliverEventsAsync();

        Assert.That(Count(report, "transferred"), Is.EqualTo(1));
        Assert.That(await ReceivedAsync("EmployeeTransferredIntegrationEvent", "E1000"), Is.EqualTo(1));
        var transfer = JsonDocument.Parse(await ScalarAsync<string>(
            "SELECT payload::text FROM probe.received_events WHERE event_type = 'EmployeeTransferredIntegrationEvent'")).RootElement;
        Assert.That(transfer.GetProperty("fromDepartmentCode").GetString(), Is.EqualTo("D100"));
        Assert.That(transfer.GetProperty("toDepartmentCode").GetString(), Is.EqualTo("D200"));
        Assert.That(transfer.GetProperty("effectiveDate").GetString(), Is.EqualTo("2026-10-01"));

        var officer = InRole(Roles.WelfareOfficer);
        var before = await officer.GetFromJsonAsync<JsonElement>("/api/v1/organisation/employees/E1000/assignment?asOf=2026-09-30");
        var after = await officer.GetFromJsonAsync<JsonElement>("/api/v1/organisation/employees/E1000/assignment?asOf=2026-10-01");
        Assert.That(before.GetProperty("departmentCode").GetString(), Is.EqualTo("D100"));
        Assert.That(before.GetProperty("to").GetString(), Is.EqualTo("2026-09-30"));
        Assert.That(after.GetProperty("departmentCode").GetString(), Is.EqualTo("D200"));

        var staffInSeptember = await officer.GetFromJsonAsync<JsonElement>("/api/v1/organisation/departments/D100/staff?asOf=2026-09-30");
        var staffInOctober = await officer.GetFromJsonAsync<JsonElement>("/api/v1/organisation/departments/D100/staff?asOf=2026-10-01");
        Assert.That(staffInSeptember.GetProperty("totalCount").GetInt64(), Is.EqualTo(1));
        Assert.That(staffInOctober.GetProperty("totalCount").GetInt64(), Is.Zero);
        var unknownDate = await officer.GetAsync("/api/v1/organisation/employees/E1000/assignment?asOf=2025-01-01");
        Assert.That(unknownDate.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "before the first record, history is unknown, not invented");
    }

    [Test]
    public async Task A_full_snapshot_marks_the_missing_as_left_the_day_before()
    {
        await ImportAsync("employees", "mode=Full&asOf=2026-04-01", Rows(Alice, Bob));

        var report = await ImportAsync("employees", "mode=Full&asOf=2026-07-01", Rows(Alice));
        await DeliverEventsAsync();

        Assert.That(Count(report, "left"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<string>("SELECT status FROM organisation.employees WHERE employee_id = 'E1001'"), Is.EqualTo("Left"));
        Assert.That(await ScalarAsync<DateTime>("SELECT left_on::timestamp FROM organisation.employees WHERE employee_id = 'E1001'"), Is.EqualTo(new DateTime(2026, 6, 30)));
        Assert.That(await ReceivedAsync("EmployeeLeftIntegrationEvent", "E1001"), Is.EqualTo(1));
        Assert.That(await ReceivedAsync("EmployeeLeftIntegrationEvent", "E1000"), Is.Zero);
    }

    [Test]
    public async Task Changed_facts_publish_the_changed_field_names()
    {
        await ImportAsync("employees", "mode=Delta&asOf=2026-04-01", Rows(Bob));

        await ImportAsync("employees", "mode=Delta&asOf=2026-05-01", Rows(Bob with { GradeCode = "G4", Status = "OnLeave" }));
        await DeliverEventsAsync();

        var changed = JsonDocument.Parse(await ScalarAsync<string>(
            "SELECT payload::text FROM probe.received_events WHERE event_type = 'EmployeeChangedIntegrationEvent'")).RootElement;
        Assert.That(changed.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()), Is.EquivalentTo(new[] { "gradeCode", "status" }));
        Assert.That(changed.GetProperty("gradeRank").GetInt32(), Is.EqualTo(4));
        Assert.That(changed.GetProperty("status").GetString(), Is.EqualTo("OnLeave"));
    }

    [Test]
    public async Task Bad_rows_are_rejected_with_their_line_and_reason_while_good_rows_apply()
    {
        await ImportAsync("employees", "mode=Delta&asOf=2026-04-01", Rows(Alice with { JoinedOn = "2026-04-01" }));

        var report = await ImportAsync("employees", "mode=Delta&asOf=2026-05-01", new object[]
        {
            new SeedEmployee("E2000", "D100").ToRow(),                                   // 1 good
            new SeedEmployee("E2001", "D100", GradeCode: "G9").ToRow(),                  // 2 unknown grade
            new SeedEmployee("E2002", "D404").ToRow(),                                   // 3 unknown department
            new SeedEmployee("E2003", "D100").ToRow(),                                   // 4 duplicate …
            new SeedEmployee("E2003", "D200").ToRow(),                                   // 5 … of line 4
            (Alice with { DepartmentCode = "D200", EffectiveDate = "2026-03-01" }).ToRow(), // 6 transfer before joining
            new SeedEmployee("E2004", "D100", JoinedOn: "2026-13-01").ToRow(),           // 7 invalid date
            new { employeeId = "E2005", surprise = "x" },                                // 8 unknown field, missing fields
        });

        Assert.That(Count(report, "inserted"), Is.EqualTo(1));
        Assert.That(Count(report, "rejected"), Is.EqualTo(7));
        var reasons = report.GetProperty("rejections").EnumerateArray()
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("code").GetString());
        Assert.That(reasons, Is.EquivalentTo(new Dictionary<int, string?>
        {
            [2] = "organisation.unknown-grade", [3] = "organisation.unknown-department", [4] = "organisation.duplicate-employee-id", [5] = "organisation.duplicate-employee-id",
            [6] = "organisation.transfer-before-joining", [7] = "organisation.invalid-date", [8] = "organisation.unknown-field",
        }));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.EqualTo(2));
        Assert.That(await ScalarAsync<string>("SELECT department_code FROM organisation.assignments a WHERE employee_id = 'E1000'"), Is.EqualTo("D100"));

        var stored = await PersonnelSystem("en").GetFromJsonAsync<JsonElement>($"/api/v1/organisation/imports/{report.GetProperty("id").GetGuid()}");
        Assert.That(stored.GetProperty("rejections").GetArrayLength(), Is.EqualTo(7));
        Assert.That(stored.GetProperty("importedBy").GetString(), Is.EqualTo("personnel-system"));
    }

    [Test]
    public async Task A_report_stored_before_codes_had_a_scope_reads_back_with_scoped_codes()
    {
        var report = await ImportAsync("employees", "mode=Delta&asOf=2026-05-01", new object[] { new SeedEmployee("E2001", "D100", GradeCode: "G9").ToRow() });
        var id = report.GetProperty("id").GetGuid();
        await ExecuteAsync("UPDATE organisation.imports SET rejections = replace(rejections::text, 'organisation.unknown-grade', 'unknown-grade')::jsonb");

        await ExecuteAsync(Welfare.Modules.Organisation.Infrastructure.Persistence.Migrations.ScopedProblemCodes.ScopeCodes);

        var stored = await PersonnelSystem().GetFromJsonAsync<JsonElement>($"/api/v1/organisation/imports/{id}");
        Assert.That(stored.GetProperty("rejections")[0].GetProperty("code").GetString(), Is.EqualTo("organisation.unknown-grade"));
        Assert.That(stored.GetProperty("rejections")[0].GetProperty("line").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_CSV_file_with_a_BOM_and_Japanese_headers_imports_and_rejects_by_file_line()
    {
        var csv = "\uFEFF職員番号,氏名,氏名カナ,性別,職コード,任用区分,任命権者,所属コード,採用日\r\n"
                + "E3000,\"試験, 一郎\",シケン イチロウ,男,G2,Regular,Governor,D100,2019-04-01\r\n"
                + "E3001,試験 二郎,シケン ジロウ,X,G2,Regular,Governor,D100,2019-04-01\r\n";

        var report = await ImportCsvAsync("employees", "mode=Delta&asOf=2026-04-01", csv);

        Assert.That(Count(report, "inserted"), Is.EqualTo(1));
        var rejection = report.GetProperty("rejections")[0];
        Assert.That(rejection.GetProperty("line").GetInt32(), Is.EqualTo(3));
        Assert.That(rejection.GetProperty("message").GetString(), Does.Contain("sex 'X'"));
        Assert.That(await ScalarAsync<string>("SELECT name_kanji FROM organisation.employees WHERE employee_id = 'E3000'"), Is.EqualTo("試験, 一郎"));
        Assert.That(await ScalarAsync<string>("SELECT sex FROM organisation.employees WHERE employee_id = 'E3000'"), Is.EqualTo("Male"));
    }

    [Test]
    public async Task A_CSV_file_with_an_unknown_column_is_refused_whole()
    {
        var response = await PersonnelSystem("en").PostAsync("/api/v1/organisation/imports/employees",
            new StringContent("employeeId,shoeSize\nE1,42\n", Encoding.UTF8, "text/csv"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("errors").GetProperty("body")[0].GetString(), Is.EqualTo("Unknown column 'shoeSize'."));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.imports"), Is.EqualTo(1), "only the seed's department import");
    }

    [Test]
    public async Task Other_content_types_answer_415()
    {
        var response = await PersonnelSystem().PostAsync("/api/v1/organisation/imports/employees", new StringContent("<xml/>", Encoding.UTF8, "application/xml"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        await ProblemAsync(response);
    }

    [TestCase(Roles.PersonnelOfficer)]
    [TestCase(Roles.WelfareOfficer)]
    [TestCase(Roles.AttendanceSystem)]
    public async Task Only_the_personnel_system_imports(string role)
    {
        var response = await InRole(role).PostAsJsonAsync("/api/v1/organisation/imports/employees", Rows(Alice));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees"), Is.Zero);
    }
}
