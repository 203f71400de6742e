using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Directory;

/// <summary>
/// Applies a run of the Organisation module's events to a consumer's directory tables set-based: it reads the
/// current state of the employees the run touches in two statements, replays the events in order in memory
/// (the only implementation of how an event changes the directory), and writes the result with one statement
/// per table. Runs in the caller's transaction on the consumer's context.
/// </summary>
internal static class DirectoryApplier
{
    public static bool Handles(Type eventType) => DirectorySource.EventTypes.Contains(eventType);

    public static async Task ApplyAsync(ModuleDbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The directory is applied inside the relay's transaction.");
        var sql = new Sql(connection, transaction, db.Schema);

        var ids = events.Select(EmployeeOf).OfType<string>().Distinct().ToArray();
        var employees = await sql.LoadAsync(ids, cancellationToken);
        var run = new Run(employees);
        foreach (var e in events)
        {
            run.Apply(e);
        }

        await sql.WriteAsync(run, cancellationToken);
    }

    private static string? EmployeeOf(IIntegrationEvent e) => e switch
    {
        EmployeeRegisteredIntegrationEvent r => r.EmployeeId,
        EmployeeChangedIntegrationEvent c => c.EmployeeId,
        EmployeeTransferredIntegrationEvent t => t.EmployeeId,
        EmployeeLeftIntegrationEvent l => l.EmployeeId,
        _ => null,
    };

    /// <summary>An employee's row and open assignment as the run leaves them.</summary>
    private sealed class EmployeeState
    {
        public required string EmployeeId { get; init; }

        public bool Stored { get; init; }

        public bool Changed { get; set; }

        public string? NameKanji { get; set; }

        public string? NameKana { get; set; }

        public string Sex { get; set; } = "";

        public string EmploymentType { get; set; } = "";

        public string AppointingAuthority { get; set; } = "";

        public string GradeCode { get; set; } = "";

        public int GradeRank { get; set; }

        public string Status { get; set; } = "";

        public DateOnly JoinedOn { get; set; }

        /// <summary>The assignment that has no end yet (stored or new in this run), if any.</summary>
        public AssignmentState? Open { get; set; }
    }

    private sealed class AssignmentState
    {
        /// <summary>Null for an assignment this run adds.</summary>
        public long? Id { get; init; }

        public required string EmployeeId { get; init; }

        public required string DepartmentCode { get; init; }

        public DateOnly From { get; init; }

        public DateOnly? To { get; set; }
    }

    /// <summary>The events of one run replayed in order; what to write is collected on the way.</summary>
    private sealed class Run(Dictionary<string, EmployeeState> employees)
    {
        public Dictionary<string, EmployeeState> Employees { get; } = employees;

        public List<AssignmentState> Added { get; } = [];

        public List<long> Removed { get; } = [];

        public Dictionary<long, DateOnly> Closed { get; } = [];

        public List<DirectoryGradeChange> GradeChanges { get; } = [];

        public Dictionary<string, int> Grades { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, DepartmentChangedIntegrationEvent> Departments { get; } = new(StringComparer.Ordinal);

        public List<DepartmentHeadAssignedIntegrationEvent> Heads { get; } = [];

        public void Apply(IIntegrationEvent integrationEvent)
        {
            switch (integrationEvent)
            {
                case EmployeeRegisteredIntegrationEvent e:
                    Register(e);
                    break;
                case EmployeeChangedIntegrationEvent e when Employees.TryGetValue(e.EmployeeId, out var employee):
                    SetName(employee, e.NameKanji, e.NameKana);
                    SetFacts(employee, e.Sex, e.EmploymentType, e.AppointingAuthority, e.GradeCode, e.GradeRank, e.Status, employee.JoinedOn, e.EffectiveDate);
                    break;
                case EmployeeTransferredIntegrationEvent e when Employees.TryGetValue(e.EmployeeId, out var employee):
                    AssignFrom(employee, e.ToDepartmentCode, e.EffectiveDate);
                    break;
                case EmployeeLeftIntegrationEvent e when Employees.TryGetValue(e.EmployeeId, out var employee):
                    Leave(employee, e.LastDay);
                    break;
                case DepartmentChangedIntegrationEvent e:
                    Departments[e.DepartmentCode] = e;
                    break;
                case DepartmentHeadAssignedIntegrationEvent e:
                    Heads.Add(e);
                    break;
            }
        }

        private void Register(EmployeeRegisteredIntegrationEvent e)
        {
            var start = e.EffectiveDate > e.JoinedOn ? e.EffectiveDate : e.JoinedOn;
            if (!Employees.TryGetValue(e.EmployeeId, out var employee))
            {
                employee = new EmployeeState { EmployeeId = e.EmployeeId, Stored = false };
                Employees[e.EmployeeId] = employee;
            }

            SetName(employee, e.NameKanji, e.NameKana);
            SetFacts(employee, e.Sex, e.EmploymentType, e.AppointingAuthority, e.GradeCode, e.GradeRank, e.Status, e.JoinedOn, start);
            AssignFrom(employee, e.DepartmentCode, start);
            if (e.Status == DirectoryStatus.Left)
            {
                Leave(employee, e.EffectiveDate);
            }
        }

        // An event written before names travelled carries none: it must not erase a name the copy already has.
        private static void SetName(EmployeeState employee, string? nameKanji, string? nameKana)
        {
            if (nameKanji is not null)
            {
                employee.NameKanji = nameKanji;
            }

            if (nameKana is not null)
            {
                employee.NameKana = nameKana;
            }
        }

        private void SetFacts(EmployeeState employee, string sex, string employmentType, string authority, string gradeCode, int gradeRank, string status, DateOnly joinedOn, DateOnly effective)
        {
            var fresh = !employee.Stored && !employee.Changed;
            if (fresh || employee.GradeCode != gradeCode || employee.GradeRank != gradeRank)
            {
                GradeChanges.Add(new DirectoryGradeChange { EmployeeId = employee.EmployeeId, GradeCode = gradeCode, GradeRank = gradeRank, From = effective });
            }

            employee.Sex = sex;
            employee.EmploymentType = employmentType;
            employee.AppointingAuthority = authority;
            employee.GradeCode = gradeCode;
            employee.GradeRank = gradeRank;
            employee.Status = status;
            employee.JoinedOn = joinedOn;
            employee.Changed = true;
            Grades[gradeCode] = gradeRank;
        }

        private void AssignFrom(EmployeeState employee, string departmentCode, DateOnly from)
        {
            if (employee.Open is { } current)
            {
                if (current.DepartmentCode == departmentCode)
                {
                    return;
                }

                if (current.From >= from)
                {
                    // A correction of the same period: the directory decides.
                    Drop(current);
                }
                else
                {
                    Close(current, from.AddDays(-1));
                }
            }

            var added = new AssignmentState { EmployeeId = employee.EmployeeId, DepartmentCode = departmentCode, From = from };
            Added.Add(added);
            employee.Open = added;
        }

        private void Leave(EmployeeState employee, DateOnly lastDay)
        {
            employee.Status = DirectoryStatus.Left;
            employee.Changed = true;
            if (employee.Open is { } current)
            {
                Close(current, lastDay);
                employee.Open = null;
            }
        }

        private void Drop(AssignmentState assignment)
        {
            if (assignment.Id is { } id)
            {
                Removed.Add(id);
                Closed.Remove(id);
            }
            else
            {
                Added.Remove(assignment);
            }
        }

        private void Close(AssignmentState assignment, DateOnly lastDay)
        {
            assignment.To = lastDay < assignment.From ? assignment.From : lastDay;
            if (assignment.Id is { } id)
            {
                Closed[id] = assignment.To.Value;
            }
        }
    }

    /// <summary>The statements, on the relay's connection and transaction; the schema is the module's constant, never input.</summary>
    private sealed class Sql(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
    {
        public async Task<Dictionary<string, EmployeeState>> LoadAsync(string[] ids, CancellationToken cancellationToken)
        {
            var employees = new Dictionary<string, EmployeeState>(StringComparer.Ordinal);
            if (ids.Length == 0)
            {
                return employees;
            }

            await using (var command = Command($"""
                SELECT employee_id, sex, employment_type, appointing_authority, grade_code, grade_rank, status, joined_on, name_kanji, name_kana
                FROM "{schema}".directory_employees WHERE employee_id = ANY(@ids)
                """))
            {
                command.Parameters.Add(new NpgsqlParameter<string[]>("ids", ids));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var employee = new EmployeeState
                    {
                        EmployeeId = reader.GetString(0),
                        Stored = true,
                        Sex = reader.GetString(1),
                        EmploymentType = reader.GetString(2),
                        AppointingAuthority = reader.GetString(3),
                        GradeCode = reader.GetString(4),
                        GradeRank = reader.GetInt32(5),
                        Status = reader.GetString(6),
                        JoinedOn = reader.GetFieldValue<DateOnly>(7),
                        NameKanji = reader.IsDBNull(8) ? null : reader.GetString(8),
                        NameKana = reader.IsDBNull(9) ? null : reader.GetString(9),
                    };
                    employees[employee.EmployeeId] = employee;
                }
            }

            await using (var command = Command($"""
                SELECT id, employee_id, department_code, valid_from
                FROM "{schema}".directory_assignments WHERE valid_to IS NULL AND employee_id = ANY(@ids)
                ORDER BY valid_from, id
                """))
            {
                command.Parameters.Add(new NpgsqlParameter<string[]>("ids", ids));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var employeeId = reader.GetString(1);
                    if (employees.TryGetValue(employeeId, out var employee))
                    {
                        employee.Open = new AssignmentState
                        {
                            Id = reader.GetInt64(0),
                            EmployeeId = employeeId,
                            DepartmentCode = reader.GetString(2),
                            From = reader.GetFieldValue<DateOnly>(3),
                        };
                    }
                }
            }

            return employees;
        }

        public async Task WriteAsync(Run run, CancellationToken cancellationToken)
        {
            var changed = run.Employees.Values.Where(e => e.Changed).ToList();
            if (changed.Count > 0)
            {
                await ExecuteAsync($"""
                    INSERT INTO "{schema}".directory_employees (employee_id, sex, employment_type, appointing_authority, grade_code, grade_rank, status, joined_on, name_kanji, name_kana)
                    SELECT * FROM unnest(@id, @sex, @type, @authority, @grade, @rank, @status, @joined, @kanji, @kana)
                    ON CONFLICT (employee_id) DO UPDATE SET sex = excluded.sex, employment_type = excluded.employment_type,
                        appointing_authority = excluded.appointing_authority, grade_code = excluded.grade_code, grade_rank = excluded.grade_rank,
                        status = excluded.status, joined_on = excluded.joined_on, name_kanji = excluded.name_kanji, name_kana = excluded.name_kana
                    """,
                    cancellationToken,
                    Text("id", changed.Select(e => e.EmployeeId)),
                    Text("sex", changed.Select(e => e.Sex)),
                    Text("type", changed.Select(e => e.EmploymentType)),
                    Text("authority", changed.Select(e => e.AppointingAuthority)),
                    Text("grade", changed.Select(e => e.GradeCode)),
                    new NpgsqlParameter<int[]>("rank", [.. changed.Select(e => e.GradeRank)]),
                    Text("status", changed.Select(e => e.Status)),
                    new NpgsqlParameter<DateOnly[]>("joined", [.. changed.Select(e => e.JoinedOn)]),
                    NullableText("kanji", changed.Select(e => e.NameKanji)),
                    NullableText("kana", changed.Select(e => e.NameKana)));
            }

            if (run.Removed.Count > 0)
            {
                await ExecuteAsync($"""DELETE FROM "{schema}".directory_assignments WHERE id = ANY(@ids)""",
                    cancellationToken, new NpgsqlParameter<long[]>("ids", [.. run.Removed]));
            }

            if (run.Closed.Count > 0)
            {
                await ExecuteAsync($"""
                    UPDATE "{schema}".directory_assignments a SET valid_to = c.valid_to
                    FROM unnest(@ids, @tos) AS c(id, valid_to) WHERE a.id = c.id
                    """,
                    cancellationToken,
                    new NpgsqlParameter<long[]>("ids", [.. run.Closed.Keys]),
                    new NpgsqlParameter<DateOnly[]>("tos", [.. run.Closed.Values]));
            }

            if (run.Added.Count > 0)
            {
                // WITH ORDINALITY keeps the run's order in the identity, which breaks ties between corrections.
                await ExecuteAsync($"""
                    INSERT INTO "{schema}".directory_assignments (employee_id, department_code, valid_from, valid_to)
                    SELECT employee_id, department_code, valid_from, valid_to
                    FROM unnest(@employee, @department, @from, @to) WITH ORDINALITY AS a(employee_id, department_code, valid_from, valid_to, n)
                    ORDER BY n
                    """,
                    cancellationToken,
                    Text("employee", run.Added.Select(a => a.EmployeeId)),
                    Text("department", run.Added.Select(a => a.DepartmentCode)),
                    new NpgsqlParameter<DateOnly[]>("from", [.. run.Added.Select(a => a.From)]),
                    new NpgsqlParameter("to", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = run.Added.Select(a => a.To).ToArray() });
            }

            if (run.GradeChanges.Count > 0)
            {
                await ExecuteAsync($"""
                    INSERT INTO "{schema}".directory_grade_changes (employee_id, grade_code, grade_rank, valid_from)
                    SELECT employee_id, grade_code, grade_rank, valid_from
                    FROM unnest(@employee, @grade, @rank, @from) WITH ORDINALITY AS g(employee_id, grade_code, grade_rank, valid_from, n)
                    ORDER BY n
                    """,
                    cancellationToken,
                    Text("employee", run.GradeChanges.Select(g => g.EmployeeId)),
                    Text("grade", run.GradeChanges.Select(g => g.GradeCode)),
                    new NpgsqlParameter<int[]>("rank", [.. run.GradeChanges.Select(g => g.GradeRank)]),
                    new NpgsqlParameter<DateOnly[]>("from", [.. run.GradeChanges.Select(g => g.From)]));
            }

            if (run.Grades.Count > 0)
            {
                await ExecuteAsync($"""
                    INSERT INTO "{schema}".directory_grades (grade_code, rank) SELECT * FROM unnest(@code, @rank)
                    ON CONFLICT (grade_code) DO UPDATE SET rank = excluded.rank
                    """,
                    cancellationToken,
                    Text("code", run.Grades.Keys),
                    new NpgsqlParameter<int[]>("rank", [.. run.Grades.Values]));
            }

            if (run.Departments.Count > 0)
            {
                var departments = run.Departments.Values.ToList();
                await ExecuteAsync($"""
                    INSERT INTO "{schema}".directory_departments (department_code, name, parent_department_code, appointing_authority, effective_from, effective_to)
                    SELECT * FROM unnest(@code, @name, @parent, @authority, @from, @to)
                    ON CONFLICT (department_code) DO UPDATE SET name = excluded.name, parent_department_code = excluded.parent_department_code,
                        appointing_authority = excluded.appointing_authority, effective_from = excluded.effective_from, effective_to = excluded.effective_to
                    """,
                    cancellationToken,
                    Text("code", departments.Select(d => d.DepartmentCode)),
                    Text("name", departments.Select(d => d.Name)),
                    new NpgsqlParameter("parent", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = departments.Select(d => d.ParentDepartmentCode).ToArray() },
                    Text("authority", departments.Select(d => d.AppointingAuthority)),
                    new NpgsqlParameter<DateOnly[]>("from", [.. departments.Select(d => d.EffectiveFrom)]),
                    new NpgsqlParameter("to", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = departments.Select(d => d.EffectiveTo).ToArray() });
            }

            if (run.Heads.Count > 0)
            {
                await ExecuteAsync($"""
                    INSERT INTO "{schema}".directory_department_heads (department_code, employee_id, valid_from)
                    SELECT department_code, employee_id, valid_from
                    FROM unnest(@department, @employee, @from) WITH ORDINALITY AS h(department_code, employee_id, valid_from, n)
                    ORDER BY n
                    """,
                    cancellationToken,
                    Text("department", run.Heads.Select(h => h.DepartmentCode)),
                    Text("employee", run.Heads.Select(h => h.HeadEmployeeId)),
                    new NpgsqlParameter<DateOnly[]>("from", [.. run.Heads.Select(h => h.EffectiveFrom)]));
            }
        }

        private static NpgsqlParameter<string[]> Text(string name, IEnumerable<string> values) => new(name, [.. values]);

        private static NpgsqlParameter NullableText(string name, IEnumerable<string?> values) =>
            new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

        private NpgsqlCommand Command(string text) => new(text, connection, transaction);

        private async Task ExecuteAsync(string text, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
        {
            await using var command = Command(text);
            command.Parameters.AddRange(parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
