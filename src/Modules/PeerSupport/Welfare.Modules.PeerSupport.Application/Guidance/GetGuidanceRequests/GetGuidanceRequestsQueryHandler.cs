using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Guidance.GetGuidanceRequests;

internal sealed class GetGuidanceRequestsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetGuidanceRequestsQuery, PagedList<GuidanceRequestDto>>
{
    public async Task<PagedList<GuidanceRequestDto>> Handle(GetGuidanceRequestsQuery request, CancellationToken cancellationToken)
    {
        var asCoordinator = await access.IsCoordinatorAsync(cancellationToken);
        var asSupporter = !access.DecidesPersonnelMatters;
        var requests = await db.GuidanceRequests.AsNoTracking()
            .Where(g => (asCoordinator && g.CoordinatorId == user.Id) || (asSupporter && g.SupporterId == user.Id))
            .OrderByDescending(g => g.RequestedAt).ThenByDescending(g => g.Id).ToPagedListAsync(request.Paging, cancellationToken);
        foreach (var g in requests.Items)
        {
            audit.Record("guidance.read", "GuidanceRequest", g.Id.ToString(), AuditOutcome.Allowed);
        }

        return requests.Map(g => GuidanceRequestDto.For(g, user.Id));
    }
}
