using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Domain;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.Modules.Organisation.Domain.Employees;
using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Organisation.Application.Imports.ImportEmployees;

internal sealed class ImportEmployeesCommandHandler(
    IOrganisationDbContext db,
    OrganisationEvents events,
    ICurrentUser user,
    IAuditTrail audit,
    IEmployeeBulkWriter bulkWriter,
    ImportLimits limits,
    TimeProvider clock) : IRequestHandler<ImportEmployeesCommand, ImportReportDto>
{
    /// <summary>A first load of a whole employer goes by COPY; everyday deltas through the change tracker.</summary>
    private const int BulkInsertThreshold = 500;

    public async Task<ImportReportDto> Handle(ImportEmployeesCommand request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? clock.Today();
        var file = await ImportFile.ReadAsync(request.Body, request.Format, request.Charset, EmployeeImportRow.Columns, limits.Directory.MaxRows, cancellationToken);
        var import = new DirectoryImport(Guid.CreateVersion7(clock.GetUtcNow()), ImportKind.Employees, request.Mode, request.DryRun,
            request.Format.ToString().ToLowerInvariant(), asOf, user.Id, clock.GetUtcNow())
        {
            TotalRows = file.Count,
        };

        var grades = await db.Grades.AsNoTracking().ToDictionaryAsync(g => g.Code, g => g.Rank, StringComparer.Ordinal, cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id.Value, StringComparer.Ordinal, cancellationToken);

        var parsed = file.Select(row => Parse(row, asOf, grades, departments)).ToList();
        RejectDuplicates(parsed);

        var ids = parsed.Where(p => p.Row is not null).Select(p => p.Row!.EmployeeId).ToList();
        var existing = await LoadEmployeesAsync(request.Mode == ImportMode.Full ? null : ids, cancellationToken);

        var changes = new List<ImportChangeDto>();
        var changed = new List<Employee>();
        var added = new List<Employee>();
        foreach (var (parser, row) in parsed)
        {
            if (row is null)
            {
                import.Reject(parser.ToRejection());
                continue;
            }

            try
            {
                if (existing.TryGetValue(row.EmployeeId, out var employee))
                {
                    if (employee.Apply(row.Facts, row.DepartmentCode, row.JoinedOn, row.EffectiveDate))
                    {
                        Count(import, employee, changes, parser.Line);
                        changed.Add(employee);
                    }
                    else
                    {
                        import.Unchanged++;
                    }
                }
                else
                {
                    employee = Employee.Register(new EmployeeId(row.EmployeeId), row.Facts, row.DepartmentCode, row.JoinedOn, row.EffectiveDate);
                    existing[row.EmployeeId] = employee;
                    import.Inserted++;
                    Note(changes, parser.Line, row.EmployeeId, "inserted", []);
                    added.Add(employee);
                }
            }
            catch (BusinessRuleViolationException rule)
            {
                import.Reject(new ImportRejection(parser.Line, row.EmployeeId, rule.Code.Value, rule.Text.Japanese, rule.Text.English));
            }
        }

        if (request.Mode == ImportMode.Full)
        {
            // Whoever the snapshot lacks has left, the day before it; a rejected row is not "missing".
            var sent = parsed.Select(p => p.Parser.Key).Where(k => k is not null).ToHashSet(StringComparer.Ordinal);
            foreach (var employee in existing.Values.Where(e => e.Status != EmployeeStatus.Left && !sent.Contains(e.Id.Value)))
            {
                employee.Leave(asOf.AddDays(-1));
                import.Left++;
                Note(changes, 0, employee.Id.Value, "left", []);
                changed.Add(employee);
            }
        }

        if (!request.DryRun)
        {
            if (added.Count >= BulkInsertThreshold)
            {
                await bulkWriter.InsertAsync(added, cancellationToken);
            }
            else
            {
                db.Employees.AddRange(added);
            }

            db.Employees.UpdateRange(changed);
            foreach (var employee in added.Concat(changed))
            {
                events.Publish(employee, grades);
            }
        }

        db.Imports.Add(import);
        audit.Record(request.DryRun ? "employees.import.dry-run" : "employees.import", "DirectoryImport", import.Id.ToString(), AuditOutcome.Allowed);
        return ImportReportDto.From(import, request.DryRun ? changes : null);
    }

    private async Task<Dictionary<string, Employee>> LoadEmployeesAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        IQueryable<Employee> query = db.Employees.AsNoTracking().Include(e => e.Assignments);
        if (ids is not null)
        {
            var keys = ids.Select(i => new EmployeeId(i)).ToList();
            query = query.Where(e => keys.Contains(e.Id));
        }

        return await query.ToDictionaryAsync(e => e.Id.Value, StringComparer.Ordinal, cancellationToken);
    }

    private static void Count(DirectoryImport import, Employee employee, List<ImportChangeDto> changes, int line)
    {
        var transferred = employee.DomainEvents.OfType<EmployeeTransferred>().Any();
        var left = employee.DomainEvents.OfType<EmployeeLeft>().Any();
        var fields = employee.DomainEvents.OfType<EmployeeDetailsChanged>().SelectMany(e => e.ChangedFields).ToList();
        if (transferred)
        {
            import.Transferred++;
            fields.Add(nameof(Employee.DepartmentCode));
        }

        if (left)
        {
            import.Left++;
        }
        else
        {
            import.Updated++;
        }

        Note(changes, line, employee.Id.Value, left ? "left" : transferred ? "transferred" : "updated",
            [.. fields.Select(f => char.ToLowerInvariant(f[0]) + f[1..])]);
    }

    private static void Note(List<ImportChangeDto> changes, int line, string key, string change, IReadOnlyList<string> fields)
    {
        if (changes.Count < ImportChangeDto.Limit)
        {
            changes.Add(new ImportChangeDto(line, key, change, fields));
        }
    }

    private static void RejectDuplicates(List<(RowParser Parser, ParsedRow? Row)> parsed)
    {
        var duplicates = parsed.Where(p => p.Parser.Key is not null)
            .GroupBy(p => p.Parser.Key!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            var lines = string.Join(", ", group.Select(p => p.Parser.Line));
            for (var i = 0; i < parsed.Count; i++)
            {
                if (parsed[i].Parser.Key == group.Key)
                {
                    // Which of the rows is right cannot be known: none of them applies.
                    parsed[i].Parser.Problem(OrganisationProblems.DuplicateEmployeeId, new(
                        $"職員番号 {group.Key} がファイル内で重複しています (行 {lines})。",
                        $"Staff number {group.Key} appears more than once in the file (lines {lines})."));
                    parsed[i] = (parsed[i].Parser, null);
                }
            }
        }
    }

    private static (RowParser Parser, ParsedRow? Row) Parse(
        ImportFileRow row,
        DateOnly asOf,
        Dictionary<string, int> grades,
        Dictionary<string, Department> departments)
    {
        var id = row["employeeId"];
        var parser = new RowParser(row.Line, EmployeeId.IsValid(id) ? id : null);
        foreach (var unknown in row.UnknownFields)
        {
            parser.Problem(OrganisationProblems.UnknownField, new($"不明な項目「{unknown}」があります。", $"Unknown field '{unknown}'."));
        }

        foreach (var invalid in row.InvalidFields)
        {
            parser.Problem(OrganisationProblems.InvalidValue, new($"項目「{invalid}」の値は文字列で指定してください（NUL 文字は使用できません）。", $"The value of '{invalid}' must be text without NUL characters."));
        }

        if (!EmployeeId.IsValid(id))
        {
            parser.Problem(OrganisationProblems.InvalidEmployeeId, new($"職員番号「{id}」が正しくありません。", $"The staff number '{id}' is not valid."));
        }

        var nameKanji = parser.Required("nameKanji", row["nameKanji"], EmployeeFacts.MaxNameLength);
        var nameKana = parser.Required("nameKana", row["nameKana"], EmployeeFacts.MaxNameLength);
        var sex = parser.Enum("sex", row["sex"], DirectoryCodes.Sex);
        var grade = parser.Required("gradeCode", row["gradeCode"], 32);
        var employmentType = parser.Enum("employmentType", row["employmentType"], DirectoryCodes.EmploymentType);
        var authority = parser.Enum("appointingAuthority", row["appointingAuthority"], DirectoryCodes.AppointingAuthority);
        var department = parser.Required("departmentCode", row["departmentCode"], DepartmentCode.MaxLength);
        var status = parser.Enum("status", row["status"], DirectoryCodes.EmployeeStatus, EmployeeStatus.Active);
        var joinedOn = parser.Date("joinedOn", row["joinedOn"]);
        var effective = parser.Date("effectiveDate", row["effectiveDate"], asOf);

        if (grade.Length > 0 && !grades.ContainsKey(grade))
        {
            parser.Problem(OrganisationProblems.UnknownGrade, new($"職コード「{grade}」は登録されていません。", $"The grade '{grade}' is not in the grade scale."));
        }

        if (department.Length > 0)
        {
            if (!departments.TryGetValue(department, out var d))
            {
                parser.Problem(OrganisationProblems.UnknownDepartment, new($"所属コード「{department}」は登録されていません。", $"The department '{department}' is not registered."));
            }
            else if (parser.IsValid && status != EmployeeStatus.Left && !d.IsOpenOn(effective))
            {
                parser.Problem(OrganisationProblems.DepartmentClosed, new(
                    $"所属「{department}」は {effective:yyyy-MM-dd} に存在しません。", $"The department '{department}' does not exist on {effective:yyyy-MM-dd}."));
            }
        }

        return parser.IsValid
            ? (parser, new ParsedRow(id!, new EmployeeFacts(nameKanji, nameKana, sex, grade, employmentType, authority, status), department, joinedOn, effective))
            : (parser, null);
    }

    private sealed record ParsedRow(string EmployeeId, EmployeeFacts Facts, string DepartmentCode, DateOnly JoinedOn, DateOnly EffectiveDate);
}
