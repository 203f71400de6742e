using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.UpdateLeaveCase;

/// <summary>Corrects a leave case (kind, start, expected or actual end), e.g. when the leave ends.</summary>
public sealed record UpdateLeaveCaseCommand(Guid LeaveCaseId, LeaveKind Kind, DateOnly StartedOn, DateOnly? ExpectedEndOn, DateOnly? EndedOn) : ICommand<LeaveCaseDto>;
