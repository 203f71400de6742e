using Welfare.Modules.ReturnToWork.Domain.LeaveCases;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases;

/// <summary>A leave case; <see cref="Qualifies"/>: the employee may take a pre-return on account of it today.</summary>
public sealed record LeaveCaseDto(Guid Id, string EmployeeId, string? Reference, LeaveKind Kind, DateOnly StartedOn, DateOnly? ExpectedEndOn, DateOnly? EndedOn, bool Qualifies,
    string RecordedBy, DateTimeOffset RecordedAt)
{
    internal static LeaveCaseDto From(LeaveCase c, DateOnly today) =>
        new(c.Id, c.EmployeeId, c.Reference, c.Kind, c.StartedOn, c.ExpectedEndOn, c.EndedOn, c.QualifiesOn(today), c.RecordedBy, c.RecordedAt);
}

/// <summary>Whether the call created the leave case (201) or updated the one with the same reference (200).</summary>
public sealed record RecordLeaveCaseResult(bool Created, LeaveCaseDto LeaveCase);
