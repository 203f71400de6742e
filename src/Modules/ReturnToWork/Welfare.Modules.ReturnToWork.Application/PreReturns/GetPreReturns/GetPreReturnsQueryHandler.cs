using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetPreReturns;

internal sealed class GetPreReturnsQueryHandler(IReturnToWorkDbContext db, ICurrentUser user, IAuditTrail audit, PreReturnAccess access, TimeProvider clock)
    : IRequestHandler<GetPreReturnsQuery, PagedList<PreReturnSummaryDto>>
{
    public async Task<PagedList<PreReturnSummaryDto>> Handle(GetPreReturnsQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var all = user.IsInRole(Roles.Physician) || user.IsInRole(Roles.WelfareOfficer) || user.IsInRole(Roles.ProgramDirector);
        var cases = db.PreReturns.AsNoTracking();
        if (!all)
        {
            var headed = await db.DepartmentsHeadedAsync(user, today, cancellationToken);

            cases = cases.Where(c => c.EmployeeId == user.Id || c.SupportOfficerId == user.Id || headed.Contains(c.DepartmentCode));
        }

        if (request.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        var newestFirst = cases.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id);
        PagedList<(PreReturn Case, string[] Warnings)> page;
        if (request.InterviewOverdue == true)
        {
            // The plan and the interviews are kept as the case's document, so whether an interview is overdue is read
            // here: only cases in progress can be, and only their department heads and physicians are warned.
            var overdue = new List<(PreReturn, string[])>();
            foreach (var c in await newestFirst.Where(c => c.Status == PreReturnStatus.InProgress).ToListAsync(cancellationToken))
            {
                if (Warnings(await access.RelationAsync(c, cancellationToken), c, today) is { Length: > 0 } warnings)
                {
                    overdue.Add((c, warnings));
                }
            }

            page = new PagedList<(PreReturn, string[])>([.. overdue.Skip(request.Paging.Skip).Take(request.Paging.PageSize)], request.Paging.Page, request.Paging.PageSize, overdue.Count);
        }
        else
        {
            var found = await newestFirst.ToPagedListAsync(request.Paging, cancellationToken);
            var rows = new List<(PreReturn, string[])>();
            foreach (var c in found.Items)
            {
                rows.Add((c, Warnings(await access.RelationAsync(c, cancellationToken), c, today)));
            }

            page = new PagedList<(PreReturn, string[])>(rows, found.Page, found.PageSize, found.TotalCount);
        }

        foreach (var (c, _) in page.Items)
        {
            audit.Record("pre-return.list", PreReturnAccess.RecordType, c.Id.ToString(), AuditOutcome.Allowed);
        }

        return page.Map(x => new PreReturnSummaryDto(x.Case.Id, x.Case.EmployeeId, x.Case.DepartmentCode, x.Case.Status, x.Case.Plan?.StartOn, x.Case.Plan?.EndOn,
            x.Case.SupportOfficerId, x.Warnings));
    }

    private static string[] Warnings(CaseRelation relation, PreReturn c, DateOnly today) =>
        relation.Sees("warnings") && c.InterviewOverdue(today) ? ["interview-overdue"] : [];
}
