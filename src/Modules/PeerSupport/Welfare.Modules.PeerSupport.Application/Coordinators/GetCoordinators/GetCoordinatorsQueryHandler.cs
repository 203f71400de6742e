using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.GetCoordinators;

internal sealed class GetCoordinatorsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access) : IRequestHandler<GetCoordinatorsQuery, PagedList<CoordinatorDto>>
{
    public async Task<PagedList<CoordinatorDto>> Handle(GetCoordinatorsQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureInTheSchemeAsync("coordinator.list", "CoordinatorDesignation", cancellationToken);
        var today = access.Today;
        return (await db.Coordinators.AsNoTracking().Where(c => c.DesignatedOn <= today && (c.ReleasedOn == null || today < c.ReleasedOn))
                .OrderByDescending(c => c.InWelfareDivision).ThenBy(c => c.EmployeeId).ThenBy(c => c.Id).ToPagedListAsync(request.Paging, cancellationToken))
            .Map(CoordinatorDto.From);
    }
}
