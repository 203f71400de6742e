using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews.GetMyInterviews;

internal sealed class GetMyInterviewsQueryHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetMyInterviewsQuery, PagedList<LongHoursInterviewDto>>
{
    public async Task<PagedList<LongHoursInterviewDto>> Handle(GetMyInterviewsQuery request, CancellationToken cancellationToken)
    {
        var cases = await db.LongHoursInterviews.AsNoTracking().Where(i => i.EmployeeId == user.Id)
            .OrderByDescending(i => i.Year).ThenByDescending(i => i.Month).ThenBy(i => i.Id).ToPagedListAsync(request.Paging, cancellationToken);
        foreach (var interview in cases.Items)
        {
            audit.Record("overtime.interview.read", LongHoursInterviewAccess.RecordType, interview.Id.ToString(), AuditOutcome.Allowed);
        }

        return cases.Map(LongHoursInterviewDto.Full);
    }
}
