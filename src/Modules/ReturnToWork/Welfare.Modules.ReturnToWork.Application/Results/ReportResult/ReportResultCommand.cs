using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Results.ReportResult;

/// <summary>
/// The department head reports the result (Form 7, art. 15) after the plan ended or the programme was
/// cancelled, with the day the attending physician was informed; publishes <c>PreReturnCompleted</c>.
/// </summary>
public sealed record ReportResultCommand(Guid PreReturnId, DateOnly? ReturnOn, string Summary, int? RecommendedRestrictionMonths, DateOnly AttendingPhysicianInformedOn)
    : ICommand<PreReturnDto>;
