using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordDailyLog;

/// <summary>The participant keeps the daily log (Form 5, art. 13(1)): a day of the programme, not in the future, once.</summary>
public sealed record RecordDailyLogCommand(Guid PreReturnId, DateOnly Date, TimeOnly Start, TimeOnly End, IReadOnlyList<PlanTask> Tasks, string? TaskDetails, Condition Condition, string? Remarks) : ICommand<PreReturnDto>;
