using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetDepartmentSupporters;

internal sealed class GetDepartmentSupportersQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit, DirectoryFreshness freshness)
    : IRequestHandler<GetDepartmentSupportersQuery, PagedList<SupporterDto>>
{
    private const string Action = "supporter.list";

    public async Task<PagedList<SupporterDto>> Handle(GetDepartmentSupportersQuery request, CancellationToken cancellationToken)
    {
        var today = access.Today;
        var allowed = access.IsWelfareOfficer
            || await db.DepartmentOfAsync(user.Id, today, cancellationToken) == request.DepartmentCode
            || await access.HeadsAsync(request.DepartmentCode, cancellationToken)
            || await access.IsCoordinatorAsync(cancellationToken);
        if (!allowed)
        {
            audit.Record(Action, "Department", request.DepartmentCode, AuditOutcome.Denied);
            throw new NotFoundException("Department", request.DepartmentCode);
        }

        var current = db.Supporters.AsNoTracking()
            .Where(s => s.DepartmentCode == request.DepartmentCode && s.DesignatedOn <= today && (s.ReleasedOn == null || today < s.ReleasedOn));
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var found = db.Matching(request.Search);
            current = current.Where(s => found.Contains(s.EmployeeId));
        }

        var supporters = await current
            .Join(db.Workplaces, s => s.WorkplaceId, w => w.Id, (s, w) => new { s, w.Name })
            .OrderBy(x => x.Name).ThenBy(x => x.s.EmployeeId).ThenBy(x => x.s.Id)
            .ToPagedListAsync(request.Paging, cancellationToken);
        var people = await db.PeopleAsync(supporters.Items.Select(x => x.s.EmployeeId), today, cancellationToken);
        return supporters.Map(x => SupporterDto.From(x.s, x.Name, people)) with { DirectoryAsOf = await freshness.AsOfAsync(db, cancellationToken) };
    }
}
