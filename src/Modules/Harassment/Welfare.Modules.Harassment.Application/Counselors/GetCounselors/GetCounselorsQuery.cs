using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Harassment.Application.Counselors.GetCounselors;

/// <summary>Every designation, current and ended (the welfare officer's register).</summary>
public sealed record GetCounselorsQuery(PageRequest Paging) : IQuery<PagedList<CounselorDto>>, IPagedQuery;

internal sealed class GetCounselorsQueryHandler(IHarassmentDbContext db, TimeProvider clock) : IRequestHandler<GetCounselorsQuery, PagedList<CounselorDto>>
{
    public async Task<PagedList<CounselorDto>> Handle(GetCounselorsQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var page = await db.Counselors.AsNoTracking().OrderBy(c => c.EmployeeId).ThenBy(c => c.DesignatedOn).ThenBy(c => c.Id)
            .ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(c => CounselorDto.Of(c, today));
    }
}
