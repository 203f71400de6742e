using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.UpdateConsultation;

/// <summary>The recording supporter (and nobody else) changes the category, the content or the outcome.</summary>
public sealed record UpdateConsultationCommand(Guid Id, ConsultationCategory Category, string Content, ConsultationOutcome Outcome) : ICommand<ConsultationDto>;
