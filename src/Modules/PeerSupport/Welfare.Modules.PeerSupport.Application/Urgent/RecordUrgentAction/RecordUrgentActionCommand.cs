using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Urgent.RecordUrgentAction;

/// <summary>The recording supporter records the action taken on an urgent case (its text stays in the consultation).</summary>
public sealed record RecordUrgentActionCommand(Guid ConsultationId, string Action) : ICommand<UrgentCaseDto>;
