using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews.GetInterviews;

internal sealed class GetInterviewsQueryHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetInterviewsQuery, PagedList<LongHoursInterviewDto>>
{
    private const string Action = "overtime.interview.list";

    public async Task<PagedList<LongHoursInterviewDto>> Handle(GetInterviewsQuery request, CancellationToken cancellationToken)
    {
        IQueryable<LongHoursInterview> cases = db.LongHoursInterviews.AsNoTracking();
        InterviewView view;
        if (user.IsInRole(Roles.WelfareOfficer))
        {
            view = InterviewView.Full;
        }
        else if (user.IsInRole(Roles.Physician))
        {
            view = InterviewView.Full;
            cases = cases.Where(i => i.PhysicianId == user.Id);
        }
        else if (user.IsInRole(Roles.DepartmentHead))
        {
            view = InterviewView.DepartmentHead;
            var headed = await HeadedDepartmentsAsync(cancellationToken);
            cases = cases.Where(i => i.DepartmentCode != null && headed.Contains(i.DepartmentCode));
        }
        else
        {
            audit.Record(Action, LongHoursInterviewAccess.RecordType, "*", AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        if (request.Status is { } status)
        {
            cases = cases.Where(i => i.Status == status);
        }

        if (request.Year is { } year)
        {
            cases = cases.Where(i => i.Year == year);
        }

        if (request.Month is { } month)
        {
            cases = cases.Where(i => i.Month == month);
        }

        if (!string.IsNullOrEmpty(request.Department))
        {
            cases = cases.Where(i => i.DepartmentCode == request.Department);
        }

        var page = await cases.OrderByDescending(i => i.Year).ThenByDescending(i => i.Month).ThenBy(i => i.EmployeeId).ThenBy(i => i.Id)
            .ToPagedListAsync(request.Paging, cancellationToken);
        foreach (var interview in page.Items)
        {
            audit.Record(Action, LongHoursInterviewAccess.RecordType, interview.Id.ToString(), AuditOutcome.Allowed);
        }

        return page.Map(i => LongHoursInterviewDto.As(i, view));
    }

    /// <summary>Every department whose head in the directory is the caller today.</summary>
    private async Task<List<string>> HeadedDepartmentsAsync(CancellationToken cancellationToken) =>
        [.. await db.DepartmentsHeadedAsync(user, clock.Today(), cancellationToken)];
}
