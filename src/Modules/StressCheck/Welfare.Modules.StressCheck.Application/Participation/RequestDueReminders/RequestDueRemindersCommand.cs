using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Participation.RequestDueReminders;

/// <summary>
/// The scheduled reminder (art. 10(2)): for every campaign that accepts answers today, asks the notification
/// system to remind each target who has not taken the check. Sent by the host's job scheduler as the system only;
/// people ask for reminders of one campaign with <c>RequestRemindersCommand</c>.
/// </summary>
public sealed record RequestDueRemindersCommand : ICommand<DueRemindersDto>;

public sealed record DueRemindersDto(int Campaigns, int Requested);
