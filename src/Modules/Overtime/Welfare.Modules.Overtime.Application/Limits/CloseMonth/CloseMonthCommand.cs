using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Limits.CloseMonth;

/// <summary>
/// Closes a month that has ended: each employee's evaluation under the rules in force at its end is kept
/// as it is (a later rule set never rewrites it), and an excess analysis is opened for every limit the
/// actual hours went beyond that no order opened already.
/// </summary>
public sealed record CloseMonthCommand(int Year, int Month) : ICommand<MonthCloseDto>;

public sealed record MonthCloseDto(int Year, int Month, Guid? RuleSetId, string ClosedBy, DateTimeOffset ClosedAt, int Employees, int OverALimit, int AnalysesOpened);
