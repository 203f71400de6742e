using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Application.Directory;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetPreReturns;

internal sealed class GetPreReturnsQueryHandler(IReturnToWorkDbContext db, ICurrentUser user, IAuditTrail audit, PreReturnAccess access, TimeProvider clock)
    : IRequestHandler<GetPreReturnsQuery, IReadOnlyList<PreReturnSummaryDto>>
{
    public async Task<IReadOnlyList<PreReturnSummaryDto>> Handle(GetPreReturnsQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var all = user.IsInRole(Roles.Physician) || user.IsInRole(Roles.WelfareOfficer) || user.IsInRole(Roles.ProgramDirector);
        var cases = db.PreReturns.AsNoTracking();
        if (!all)
        {
            List<string> headed = [];
            if (user.IsInRole(Roles.DepartmentHead))
            {
                var candidates = await db.DepartmentHeads.AsNoTracking().Where(h => h.EmployeeId == user.Id).Select(h => h.DepartmentCode).Distinct().ToListAsync(cancellationToken);
                foreach (var department in candidates.Append(user.Department).OfType<string>().Distinct())
                {
                    if (await ReturnToWorkDirectory.HeadsAsync(db, user, department, today, cancellationToken))
                    {
                        headed.Add(department);
                    }
                }
            }

            cases = cases.Where(c => c.EmployeeId == user.Id || c.SupportOfficerId == user.Id || headed.Contains(c.DepartmentCode));
        }

        if (request.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        var found = await cases.OrderByDescending(c => c.OpenedAt).Take(500).ToListAsync(cancellationToken);
        var rows = new List<PreReturnSummaryDto>();
        foreach (var c in found)
        {
            var relation = await access.RelationAsync(c, cancellationToken);
            var warnings = relation.Sees("warnings") && c.InterviewOverdue(today) ? new[] { "interview-overdue" } : [];
            if (request.InterviewOverdue == true && warnings.Length == 0)
            {
                continue;
            }

            audit.Record("pre-return.list", PreReturnAccess.RecordType, c.Id.ToString(), AuditOutcome.Allowed);
            rows.Add(new PreReturnSummaryDto(c.Id, c.EmployeeId, c.DepartmentCode, c.Status, c.Plan?.StartOn, c.Plan?.EndOn, c.SupportOfficerId, warnings));
        }

        return rows;
    }
}
