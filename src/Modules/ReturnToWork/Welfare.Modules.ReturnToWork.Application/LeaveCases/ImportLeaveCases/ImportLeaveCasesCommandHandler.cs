using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.ImportLeaveCases;

internal sealed class ImportLeaveCasesCommandHandler(IReturnToWorkDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<ImportLeaveCasesCommand, LeaveImportReport>
{
    public async Task<LeaveImportReport> Handle(ImportLeaveCasesCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var employeeIds = request.Rows.Select(r => r.EmployeeId).Distinct().ToList();
        var references = request.Rows.Select(r => r.Reference).ToList();
        var known = (await db.DirectoryEmployees.AsNoTracking().Where(e => employeeIds.Contains(e.EmployeeId)).Select(e => e.EmployeeId).ToListAsync(cancellationToken)).ToHashSet();
        var stored = await db.LeaveCases.Where(l => l.Reference != null && references.Contains(l.Reference)).ToDictionaryAsync(l => l.Reference!, cancellationToken);

        int created = 0, updated = 0;
        var rejected = new List<LeaveImportRejection>();
        foreach (var (row, index) in request.Rows.Select((r, i) => (r, i + 1)))
        {
            ProblemCode? code = !known.Contains(row.EmployeeId) ? ReturnToWorkProblems.EmployeeUnknown
                : (row.ExpectedEndOn < row.StartedOn || row.EndedOn < row.StartedOn) ? ReturnToWorkProblems.LeavePeriodReversed
                : stored.TryGetValue(row.Reference, out var other) && other.EmployeeId != row.EmployeeId ? ReturnToWorkProblems.LeaveReferenceTaken
                : null;
            if (code is not null)
            {
                rejected.Add(new LeaveImportRejection(index, row.Reference, code.Value));
                continue;
            }

            if (!stored.TryGetValue(row.Reference, out var leave))
            {
                leave = new LeaveCase(Guid.CreateVersion7(now), row.EmployeeId, row.Reference, user.Id, now);
                db.LeaveCases.Add(leave);
                created++;
            }
            else
            {
                updated++;
            }

            leave.Set(row.Kind, row.StartedOn, row.ExpectedEndOn, row.EndedOn, user.Id, now);
        }

        audit.Record("leave-case.import", "LeaveCaseImport", $"{created}+{updated}", AuditOutcome.Allowed);
        return new LeaveImportReport(created, updated, rejected);
    }
}
