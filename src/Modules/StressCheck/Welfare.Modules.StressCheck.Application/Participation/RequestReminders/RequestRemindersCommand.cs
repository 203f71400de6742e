using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Participation.RequestReminders;

/// <summary>
/// Asks the notification system to remind targets who have not taken the check (art. 10(2)): the
/// listed ones, or all who have not when <see cref="EmployeeIds"/> is empty. Those who have taken it are skipped.
/// </summary>
public sealed record RequestRemindersCommand(Guid CampaignId, IReadOnlyList<string>? EmployeeIds) : ICommand<RemindersDto>;

public sealed record RemindersDto(int Requested, IReadOnlyList<string> EmployeeIds);
