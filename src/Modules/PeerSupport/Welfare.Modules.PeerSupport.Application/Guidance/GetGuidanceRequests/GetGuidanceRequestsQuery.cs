using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Guidance.GetGuidanceRequests;

/// <summary>The requests addressed to the caller as coordinator and those the caller sent as supporter, newest first.</summary>
public sealed record GetGuidanceRequestsQuery(PageRequest Paging) : IQuery<PagedList<GuidanceRequestDto>>, IPagedQuery;
