using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.GetConsultation;

/// <summary>One consultation, whole: the recording supporter or the subject employee; anyone else 404.</summary>
public sealed record GetConsultationQuery(Guid Id) : IQuery<ConsultationDto>;
