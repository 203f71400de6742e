using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.GetCoordinators;

internal sealed class GetCoordinatorsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, DirectoryFreshness freshness) : IRequestHandler<GetCoordinatorsQuery, PagedList<CoordinatorDto>>
{
    public async Task<PagedList<CoordinatorDto>> Handle(GetCoordinatorsQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureInTheSchemeAsync("coordinator.list", "CoordinatorDesignation", cancellationToken);
        var today = access.Today;
        var current = db.Coordinators.AsNoTracking().Where(c => c.DesignatedOn <= today && (c.ReleasedOn == null || today < c.ReleasedOn));
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var found = db.Matching(request.Search);
            current = current.Where(c => found.Contains(c.EmployeeId));
        }

        var page = await current.OrderByDescending(c => c.InWelfareDivision).ThenBy(c => c.EmployeeId).ThenBy(c => c.Id).ToPagedListAsync(request.Paging, cancellationToken);
        var people = await db.PeopleAsync(page.Items.Select(c => c.EmployeeId), today, cancellationToken);
        return page.Map(c => CoordinatorDto.From(c, people)) with { DirectoryAsOf = await freshness.AsOfAsync(db, cancellationToken) };
    }
}
