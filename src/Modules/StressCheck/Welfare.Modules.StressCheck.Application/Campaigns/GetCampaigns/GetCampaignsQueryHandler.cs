using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Campaigns.GetCampaigns;

internal sealed class GetCampaignsQueryHandler(IStressCheckDbContext db, ICurrentUser user) : IRequestHandler<GetCampaignsQuery, PagedList<CampaignDto>>
{
    public async Task<PagedList<CampaignDto>> Handle(GetCampaignsQuery request, CancellationToken cancellationToken)
    {
        var me = user.Id;
        IQueryable<Campaign> campaigns = db.Campaigns.AsNoTracking().Include(c => c.Targets.Where(t => t.EmployeeId == me));
        if (!StressCheckAccess.IsWelfareOfficer(user))
        {
            // Targeted, or named implementer and seeing the campaign as such (StressCheckAccess.SeesCampaign).
            var physician = user.IsInRole(Roles.Physician);
            var head = user.IsInRole(Roles.DepartmentHead);
            campaigns = campaigns.Where(c => c.Targets.Any(t => t.EmployeeId == me && t.Included)
                || (c.Implementers.Contains(me) && (physician || head || c.ImplementationStaff.Contains(me))));
        }

        var page = await campaigns.OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).ToPagedListAsync(request.Paging, cancellationToken);
        var ids = page.Items.Select(c => c.Id).ToList();
        var counts = await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Targets = c.Targets.Count(t => t.Included) })
            .ToDictionaryAsync(c => c.Id, c => c.Targets, cancellationToken);
        return page.Map(c => CampaignDto.From(c, counts[c.Id]));
    }
}
