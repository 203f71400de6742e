using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Domain.LeaveCases;

/// <summary>長期の療養休暇 (LongSickLeave, art. 2(2)) or 休職 (LeaveOfAbsence, art. 2(3)).</summary>
public enum LeaveKind
{
    [Label("長期の療養休暇", "Long sick leave")]
    LongSickLeave,
    [Label("休職", "Leave of absence")]
    LeaveOfAbsence,
}

/// <summary>
/// An employee's leave as the personnel system (or a welfare officer) reports it. An employee on leave
/// (休職等職員) may take a pre-return while a case qualifies: a leave of absence, or sick leave of at least
/// 30 consecutive days (art. 2(2)), not yet ended.
/// </summary>
public sealed class LeaveCase
{
    public const int LongSickLeaveDays = 30;

    public LeaveCase(Guid id, string employeeId, string? reference, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        EmployeeId = employeeId;
        Reference = reference;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public string EmployeeId { get; private set; }

    /// <summary>The personnel system's own id of the leave, so that a repeated import updates instead of adding.</summary>
    public string? Reference { get; private set; }

    public LeaveKind Kind { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? ExpectedEndOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public void Set(LeaveKind kind, DateOnly startedOn, DateOnly? expectedEndOn, DateOnly? endedOn, string recordedBy, DateTimeOffset recordedAt)
    {
        if ((expectedEndOn is not null && expectedEndOn < startedOn) || (endedOn is not null && endedOn < startedOn))
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.LeavePeriodReversed);
        }

        Kind = kind;
        StartedOn = startedOn;
        ExpectedEndOn = expectedEndOn;
        EndedOn = endedOn;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    /// <summary>On leave on <paramref name="today"/> and long enough: the days counted run to the expected end, or to today when that is later.</summary>
    public bool QualifiesOn(DateOnly today)
    {
        if (StartedOn > today || (EndedOn is not null && EndedOn < today))
        {
            return false;
        }

        if (Kind == LeaveKind.LeaveOfAbsence)
        {
            return true;
        }

        var lastDay = EndedOn ?? (ExpectedEndOn is { } expected && expected > today ? expected : today);
        return lastDay.DayNumber - StartedOn.DayNumber + 1 >= LongSickLeaveDays;
    }
}
