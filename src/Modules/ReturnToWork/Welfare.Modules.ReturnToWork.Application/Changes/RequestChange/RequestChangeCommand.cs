using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Changes.RequestChange;

/// <summary>
/// The department head requests a change (with the new plan) or a cancellation (Form 6, art. 14(1));
/// cancellation for one of the reasons of art. 14(4). One pending request at a time.
/// </summary>
public sealed record RequestChangeCommand(Guid PreReturnId, ChangeKind Kind, ChangeReason Reason, string Explanation, PlanInput? NewPlan) : ICommand<PreReturnDto>;
