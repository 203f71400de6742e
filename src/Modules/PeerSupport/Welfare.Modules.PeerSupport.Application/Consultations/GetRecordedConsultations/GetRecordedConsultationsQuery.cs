using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.GetRecordedConsultations;

/// <summary>The consultations the caller recorded as supporter, newest first, without content.</summary>
public sealed record GetRecordedConsultationsQuery : IQuery<IReadOnlyList<ConsultationSummaryDto>>;
