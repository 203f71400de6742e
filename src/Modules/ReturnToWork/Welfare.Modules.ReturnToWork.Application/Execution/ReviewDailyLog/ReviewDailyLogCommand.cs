using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Execution.ReviewDailyLog;

/// <summary>The support officer checks a log entry and reports on it to the department head (art. 13(1)).</summary>
public sealed record ReviewDailyLogCommand(Guid PreReturnId, DateOnly Date, string Report) : ICommand<PreReturnDto>;
