using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.WorkingTime.CorrectWorkingDay;

/// <summary>
/// Corrects the actual time of a day where order, self-report and objective record diverge (seed 002
/// §1(1)): the head of the employee's department or the scheme's officers, always with the reason.
/// </summary>
public sealed record CorrectWorkingDayCommand(string EmployeeId, DateOnly WorkDate, DateTimeOffset StartedAt, DateTimeOffset EndedAt, string Reason)
    : ICommand<WorkingTimeCorrectionDto>;

public sealed record WorkingTimeCorrectionDto(Guid Id, string EmployeeId, DateOnly WorkDate, DateTimeOffset StartedAt, DateTimeOffset EndedAt, string Reason,
    string CorrectedBy, DateTimeOffset CorrectedAt);
