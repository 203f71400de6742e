using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetMyNotices;

// Within one instant a release can only follow the designation it ends (stored as text: "Release" > "Designation").
internal sealed class GetMyNoticesQueryHandler(IPeerSupportDbContext db, ICurrentUser user) : IRequestHandler<GetMyNoticesQuery, PagedList<NoticeDto>>
{
    public async Task<PagedList<NoticeDto>> Handle(GetMyNoticesQuery request, CancellationToken cancellationToken) =>
        (await db.Notices.AsNoTracking().Where(n => n.EmployeeId == user.Id)
            .OrderByDescending(n => n.IssuedAt).ThenByDescending(n => n.EffectiveOn).ThenByDescending(n => n.Change).ThenBy(n => n.Id)
            .ToPagedListAsync(request.Paging, cancellationToken)).Map(NoticeDto.From);
}
