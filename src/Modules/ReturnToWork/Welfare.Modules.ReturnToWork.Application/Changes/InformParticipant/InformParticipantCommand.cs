using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Changes.InformParticipant;

/// <summary>The department head records that the participant was told of the decision on a change or cancellation (art. 14(3)).</summary>
public sealed record InformParticipantCommand(Guid PreReturnId, Guid RequestId) : ICommand<PreReturnDto>;
