using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Domain;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Organisation.Application.Imports.ImportDepartments;

internal sealed class ImportDepartmentsCommandHandler(
    IOrganisationDbContext db,
    OrganisationEvents events,
    ICurrentUser user,
    IAuditTrail audit,
    ImportLimits limits,
    TimeProvider clock) : IRequestHandler<ImportDepartmentsCommand, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportDepartmentsCommand request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? clock.Today();
        var file = await ImportFile.ReadAsync(request.Body, request.Format, request.Charset, DepartmentImportRow.Columns, limits.Directory.MaxRows, cancellationToken);
        var import = new DirectoryImport(Guid.CreateVersion7(clock.GetUtcNow()), ImportKind.Departments, request.Mode, request.DryRun,
            request.Format.ToString().ToLowerInvariant(), asOf, user.Id, clock.GetUtcNow())
        {
            TotalRows = file.Count,
        };

        var tree = await db.Departments.AsNoTracking().Include(d => d.Heads).ToDictionaryAsync(d => d.Id, cancellationToken);
        var pending = new List<(RowParser Parser, ParsedRow Row)>();
        foreach (var row in file)
        {
            var (parser, parsed) = Parse(row);
            if (parsed is null)
            {
                import.Reject(parser.ToRejection());
            }
            else
            {
                pending.Add((parser, parsed));
            }
        }

        var duplicates = pending.GroupBy(p => p.Row.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var (parser, row) in pending.Where(p => duplicates.Contains(p.Row.Code)))
        {
            import.Reject(new ImportRejection(parser.Line, row.Code.Value, OrganisationProblems.DuplicateDepartmentCode.Value,
                $"所属コード {row.Code} がファイル内で重複しています。", $"Department code {row.Code} appears more than once in the file."));
        }

        pending.RemoveAll(p => duplicates.Contains(p.Row.Code));
        var sent = pending.Select(p => p.Row.Code).Concat(duplicates).ToHashSet();
        var touched = new Dictionary<DepartmentCode, Department>();
        var changes = new List<ImportChangeDto>();

        // Parents first: a row waits until its parent is in the tree; what never gets there is rejected.
        var progress = true;
        while (pending.Count > 0 && progress)
        {
            progress = false;
            foreach (var item in pending.ToList())
            {
                var (parser, row) = item;
                if (row.Parent is { } parent && !tree.ContainsKey(parent))
                {
                    continue;
                }

                pending.Remove(item);
                progress = true;
                try
                {
                    if (tree.TryGetValue(row.Code, out var department))
                    {
                        if (department.Update(row.Name, row.Parent, row.Authority, row.From, row.To, tree))
                        {
                            import.Updated++;
                            touched[row.Code] = department;
                            Note(changes, parser.Line, row.Code.Value, "updated");
                        }
                        else
                        {
                            import.Unchanged++;
                        }
                    }
                    else
                    {
                        department = Department.Create(row.Code, row.Name, row.Parent, row.Authority, row.From, row.To, tree);
                        tree[row.Code] = department;
                        touched[row.Code] = department;
                        import.Inserted++;
                        Note(changes, parser.Line, row.Code.Value, "inserted");
                    }
                }
                catch (BusinessRuleViolationException rule)
                {
                    import.Reject(new ImportRejection(parser.Line, row.Code.Value, rule.Code.Value, rule.Text.Japanese, rule.Text.English));
                }
            }
        }

        foreach (var (parser, row) in pending)
        {
            var rejection = new LocalizedText(
                $"上位所属 {row.Parent} が登録されていないか、所属の階層が循環しています。",
                $"The parent department {row.Parent} is not registered, or the rows form a cycle.");
            import.Reject(new ImportRejection(parser.Line, row.Code.Value, OrganisationProblems.UnknownParentDepartment.Value, rejection.Japanese, rejection.English));
        }

        if (request.Mode == ImportMode.Full)
        {
            foreach (var department in tree.Values.Where(d => !sent.Contains(d.Id) && d.IsOpenOn(asOf)))
            {
                if (department.CloseOn(asOf.AddDays(-1)))
                {
                    import.Left++;
                    touched[department.Id] = department;
                    Note(changes, 0, department.Id.Value, "closed");
                }
            }
        }

        if (!request.DryRun)
        {
            foreach (var department in touched.Values)
            {
                var isNew = department.DomainEvents.OfType<DepartmentChanged>().Any(e => e.IsNew);
                if (isNew)
                {
                    db.Departments.Add(department);
                }
                else
                {
                    db.Departments.Update(department);
                }

                events.Publish(department);
            }
        }

        db.Imports.Add(import);
        audit.Record(request.DryRun ? "departments.import.dry-run" : "departments.import", "DirectoryImport", import.Id.ToString(), AuditOutcome.Allowed);
        return ImportReportDto.From(import, request.DryRun ? changes : null);
    }

    private static void Note(List<ImportChangeDto> changes, int line, string key, string change)
    {
        if (changes.Count < ImportChangeDto.Limit)
        {
            changes.Add(new ImportChangeDto(line, key, change, []));
        }
    }

    private static (RowParser Parser, ParsedRow? Row) Parse(ImportFileRow row)
    {
        var code = row["departmentCode"];
        var parser = new RowParser(row.Line, DepartmentCode.IsValid(code) ? code : null);
        foreach (var unknown in row.UnknownFields)
        {
            parser.Problem(OrganisationProblems.UnknownField, new($"不明な項目「{unknown}」があります。", $"Unknown field '{unknown}'."));
        }

        foreach (var invalid in row.InvalidFields)
        {
            parser.Problem(OrganisationProblems.InvalidValue, new($"項目「{invalid}」の値は文字列で指定してください（NUL 文字は使用できません）。", $"The value of '{invalid}' must be text without NUL characters."));
        }

        if (!DepartmentCode.IsValid(code))
        {
            parser.Problem(OrganisationProblems.InvalidDepartmentCode, new($"所属コード「{code}」が正しくありません。", $"The department code '{code}' is not valid."));
        }

        var parentText = row["parentDepartmentCode"];
        if (!string.IsNullOrWhiteSpace(parentText) && !DepartmentCode.IsValid(parentText))
        {
            parser.Problem(OrganisationProblems.InvalidDepartmentCode, new($"上位所属コード「{parentText}」が正しくありません。", $"The parent department code '{parentText}' is not valid."));
        }

        var name = parser.Required("name", row["name"], Department.MaxNameLength);
        var authority = parser.Enum("appointingAuthority", row["appointingAuthority"], DirectoryCodes.AppointingAuthority);
        var from = parser.Date("effectiveFrom", row["effectiveFrom"]);
        var to = parser.OptionalDate("effectiveTo", row["effectiveTo"]);
        if (!parser.IsValid)
        {
            return (parser, null);
        }

        DepartmentCode? parent = string.IsNullOrWhiteSpace(parentText) ? null : new DepartmentCode(parentText.Trim());
        return (parser, new ParsedRow(new DepartmentCode(code!), name, parent, authority, from, to));
    }

    private sealed record ParsedRow(DepartmentCode Code, string Name, DepartmentCode? Parent, AppointingAuthority Authority, DateOnly From, DateOnly? To);
}
