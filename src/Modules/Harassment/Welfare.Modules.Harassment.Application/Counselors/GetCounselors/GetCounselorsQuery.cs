using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Harassment.Application.Counselors.GetCounselors;

/// <summary>
/// Every designation, current and ended (the welfare officer's register), by name; <see cref="Search"/> finds one by
/// staff number or by part of the name in kanji or kana.
/// </summary>
public sealed record GetCounselorsQuery(string? Search, PageRequest Paging) : IQuery<PagedList<CounselorDto>>, IPagedQuery;

internal sealed class GetCounselorsQueryHandler(IHarassmentDbContext db, TimeProvider clock, DirectoryFreshness freshness) : IRequestHandler<GetCounselorsQuery, PagedList<CounselorDto>>
{
    public async Task<PagedList<CounselorDto>> Handle(GetCounselorsQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var counselors = db.Counselors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var found = db.Matching(request.Search);
            counselors = counselors.Where(c => found.Contains(c.EmployeeId));
        }

        var page = await counselors.OrderBy(c => c.EmployeeId).ThenBy(c => c.DesignatedOn).ThenBy(c => c.Id)
            .ToPagedListAsync(request.Paging, cancellationToken);
        var people = await db.PeopleAsync(page.Items.Select(c => c.EmployeeId), today, cancellationToken);
        return page.Map(c => CounselorDto.Of(c, today, people)) with { DirectoryAsOf = await freshness.AsOfAsync(db, cancellationToken) };
    }
}
