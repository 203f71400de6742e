using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Results.GetResults;

internal sealed class GetResultsQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, ResultDisclosure disclosure)
    : IRequestHandler<GetResultsQuery, PagedList<DisclosedResultDto>>
{
    public async Task<PagedList<DisclosedResultDto>> Handle(GetResultsQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, ResultDisclosure.Action, cancellationToken);
        var viewer = await disclosure.ViewerAsync(campaign, cancellationToken);

        var results = db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.IsLatest);
        if (request.Department is { } department)
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

        var page = await results.OrderBy(s => s.EmployeeId).ThenBy(s => s.Id).ToPagedListAsync(request.Paging, cancellationToken);
        var ids = page.Items.Select(s => s.EmployeeId).ToList();
        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.CampaignId == campaign.Id && ids.Contains(c.EmployeeId) && c.WithdrawnAt == null)
            .ToDictionaryAsync(c => c.EmployeeId, cancellationToken);

        var items = page.Items.Select(s => disclosure.Disclose(campaign, viewer, s, consents.GetValueOrDefault(s.EmployeeId))).OfType<DisclosedResultDto>().ToList();
        return new PagedList<DisclosedResultDto>(items, page.Page, page.PageSize, page.TotalCount);
    }
}
