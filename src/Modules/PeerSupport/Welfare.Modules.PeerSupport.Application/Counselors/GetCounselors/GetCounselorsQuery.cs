using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Counselors.GetCounselors;

/// <summary>
/// The active external counsellors, optionally of one field or mental health only, or whose name contains
/// <see cref="Search"/>: supporters, coordinators, welfare officers (第4-1(2)ウ). They are not employees: the name is
/// the registry's, as the welfare officer entered it, not the directory's.
/// </summary>
public sealed record GetCounselorsQuery(CounselorField? Field, bool? MentalHealth, string? Search, PageRequest Paging) : IQuery<PagedList<ExternalCounselorDto>>, IPagedQuery;
