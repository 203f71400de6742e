using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.DraftPlan;

/// <summary>
/// The department head drafts (or redrafts, until the decision) the plan (Form 3, art. 9–11): at most the
/// configured weeks, the standard schedule or a lighter one, auxiliary tasks only, the place with its reason.
/// </summary>
public sealed record DraftPlanCommand(Guid PreReturnId, PlanInput Plan) : ICommand<PreReturnDto>;
