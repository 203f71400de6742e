using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.GetMyConsultations;

/// <summary>The consultations about the caller (as the subject employee), newest first, without content.</summary>
public sealed record GetMyConsultationsQuery(PageRequest Paging) : IQuery<PagedList<ConsultationSummaryDto>>, IPagedQuery;
