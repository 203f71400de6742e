using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.GetRecordedConsultations;

/// <summary>The consultations the caller recorded as supporter, newest first, without content.</summary>
public sealed record GetRecordedConsultationsQuery(PageRequest Paging) : IQuery<PagedList<ConsultationSummaryDto>>, IPagedQuery;
