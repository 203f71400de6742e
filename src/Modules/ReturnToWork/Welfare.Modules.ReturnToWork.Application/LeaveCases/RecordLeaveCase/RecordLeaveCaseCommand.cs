using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.RecordLeaveCase;

/// <summary>
/// The personnel system (import) or a welfare officer records an employee's leave; with a
/// <see cref="Reference"/> already known, the same leave is updated instead (idempotent import).
/// </summary>
public sealed record RecordLeaveCaseCommand(string EmployeeId, LeaveKind Kind, DateOnly StartedOn, DateOnly? ExpectedEndOn, DateOnly? EndedOn, string? Reference)
    : ICommand<RecordLeaveCaseResult>;
