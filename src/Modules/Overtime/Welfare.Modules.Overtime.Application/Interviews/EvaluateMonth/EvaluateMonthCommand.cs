using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Interviews.EvaluateMonth;

/// <summary>
/// The monthly evaluation of long-hours interviews (seed 002 §2(1)), run on or after the rule's reference
/// day of the following month: each employee's health overtime for the month and the 2–6-month averages,
/// the tier reached and the exemption; a case is opened (and the employee notified) per eligible employee.
/// Idempotent: a second run opens only cases that are missing and never changes existing ones.
/// </summary>
public sealed record EvaluateMonthCommand(int Year, int Month) : ICommand<InterviewEvaluationDto>;

/// <summary>What one evaluation run did.</summary>
public sealed record InterviewEvaluationDto(
    int Year,
    int Month,
    DateOnly ReferenceDate,
    int EmployeesEvaluated,
    int Opened,
    int Mandatory,
    int OnRequest,
    int Exempt,
    int AlreadyOpened);
