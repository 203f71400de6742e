using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.GetCoordinators;

internal sealed class GetCoordinatorsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access) : IRequestHandler<GetCoordinatorsQuery, IReadOnlyList<CoordinatorDto>>
{
    public async Task<IReadOnlyList<CoordinatorDto>> Handle(GetCoordinatorsQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureInTheSchemeAsync("coordinator.list", "CoordinatorDesignation", cancellationToken);
        var today = access.Today;
        return (await db.Coordinators.AsNoTracking().Where(c => c.DesignatedOn <= today && (c.ReleasedOn == null || today < c.ReleasedOn))
                .OrderByDescending(c => c.InWelfareDivision).ThenBy(c => c.EmployeeId).ToListAsync(cancellationToken))
            .Select(CoordinatorDto.From).ToList();
    }
}
