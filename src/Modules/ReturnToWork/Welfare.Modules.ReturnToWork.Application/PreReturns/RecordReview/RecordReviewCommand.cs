using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.RecordReview;

/// <summary>The physician interviewed the applicant and records the opinion on feasibility and on the plan for the director (art. 12(3)).</summary>
public sealed record RecordReviewCommand(Guid PreReturnId, DateOnly InterviewedOn, bool Feasible, bool PlanAppropriate, string Opinion) : ICommand<PreReturnDto>;
