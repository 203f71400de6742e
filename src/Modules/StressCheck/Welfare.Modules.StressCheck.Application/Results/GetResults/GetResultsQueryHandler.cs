using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Results.GetResults;

internal sealed class GetResultsQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, ResultDisclosure disclosure)
    : IRequestHandler<GetResultsQuery, Page<DisclosedResultDto>>
{
    public async Task<Page<DisclosedResultDto>> Handle(GetResultsQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, ResultDisclosure.Action, cancellationToken);
        var viewer = await disclosure.ViewerAsync(campaign, cancellationToken);

        var results = db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.IsLatest);
        if (request.DepartmentCode is { } department)
        {
            results = results.Where(s => s.DepartmentCode == department);
        }

        if (!viewer.SeesAllDepartments)
        {
            results = results.Where(s => viewer.Departments.Contains(s.DepartmentCode));
        }

        if (request.HighStress is { } highStress)
        {
            results = results.Where(s => s.HighStress == highStress);
        }

        if (!viewer.SeesAll)
        {
            // The employer side sees consented, notified results only: filter in the database so paging counts right.
            results = results.Where(s => s.NotifiedAt != null
                && db.Consents.Any(c => c.CampaignId == s.CampaignId && c.EmployeeId == s.EmployeeId && c.WithdrawnAt == null));
        }

        var total = await results.LongCountAsync(cancellationToken);
        var page = await results.OrderBy(s => s.EmployeeId).Skip(request.Paging.Skip).Take(request.Paging.PageSize).ToListAsync(cancellationToken);
        var ids = page.Select(s => s.EmployeeId).ToList();
        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.CampaignId == campaign.Id && ids.Contains(c.EmployeeId) && c.WithdrawnAt == null)
            .ToDictionaryAsync(c => c.EmployeeId, cancellationToken);

        var items = page.Select(s => disclosure.Disclose(campaign, viewer, s, consents.GetValueOrDefault(s.EmployeeId))).OfType<DisclosedResultDto>().ToList();
        return new Page<DisclosedResultDto>(items, request.Paging.Page, request.Paging.PageSize, total);
    }
}
