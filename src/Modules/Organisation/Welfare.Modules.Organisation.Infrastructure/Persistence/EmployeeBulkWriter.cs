using NpgsqlTypes;
using Welfare.Modules.Organisation.Application.Imports.ImportEmployees;
using Welfare.Modules.Organisation.Domain.Employees;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Organisation.Infrastructure.Persistence;

/// <summary>Binary COPY of new employees and their first assignments (the columns mirror the EF configuration).</summary>
internal sealed class EmployeeBulkWriter(OrganisationDbContext db) : IEmployeeBulkWriter
{
    public async Task InsertAsync(IReadOnlyCollection<Employee> employees, CancellationToken cancellationToken)
    {
        await using (var importer = await BulkCopy.BeginAsync(db,
            "COPY organisation.employees (employee_id, name_kanji, name_kana, sex, grade_code, employment_type, appointing_authority, status, joined_on, left_on) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var e in employees)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(e.Id.Value, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.NameKanji, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.NameKana, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.Sex.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.GradeCode, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.EmploymentType.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.AppointingAuthority.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.JoinedOn, NpgsqlDbType.Date, cancellationToken);
                if (e.LeftOn is { } leftOn)
                {
                    await importer.WriteAsync(leftOn, NpgsqlDbType.Date, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var importer = await BulkCopy.BeginAsync(db,
            "COPY organisation.assignments (employee_id, department_code, valid_from, valid_to) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var e in employees)
            {
                foreach (var a in e.Assignments)
                {
                    await importer.StartRowAsync(cancellationToken);
                    await importer.WriteAsync(e.Id.Value, NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(a.DepartmentCode, NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(a.From, NpgsqlDbType.Date, cancellationToken);
                    if (a.To is { } to)
                    {
                        await importer.WriteAsync(to, NpgsqlDbType.Date, cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }
}
