using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetInterviews;

/// <summary>Who asked for (or was recommended) an interview, with its status: implementer, staff and welfare officers.</summary>
public sealed record GetInterviewsQuery(Guid CampaignId, PageRequest Paging) : IQuery<PagedList<InterviewDto>>, IPagedQuery;
