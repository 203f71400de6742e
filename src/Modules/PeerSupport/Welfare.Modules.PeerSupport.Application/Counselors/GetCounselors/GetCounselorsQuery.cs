using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Counselors.GetCounselors;

/// <summary>The active external counsellors, optionally of one field or mental health only: supporters, coordinators, welfare officers (第4-1(2)ウ).</summary>
public sealed record GetCounselorsQuery(CounselorField? Field, bool? MentalHealth, PageRequest Paging) : IQuery<PagedList<ExternalCounselorDto>>, IPagedQuery;
