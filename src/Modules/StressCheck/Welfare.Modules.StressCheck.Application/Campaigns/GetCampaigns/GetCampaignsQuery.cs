using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.GetCampaigns;

/// <summary>The campaigns the caller may see: all for welfare officers; otherwise those they implement or are targeted by; latest first.</summary>
public sealed record GetCampaignsQuery(PageRequest Paging) : IQuery<PagedList<CampaignDto>>, IPagedQuery;
