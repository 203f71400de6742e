using MediatR;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetStandardSchedule;

internal sealed class GetStandardScheduleQueryHandler(ReturnToWorkSettings settings) : IRequestHandler<GetStandardScheduleQuery, IReadOnlyList<PlanWeekDto>>
{
    public Task<IReadOnlyList<PlanWeekDto>> Handle(GetStandardScheduleQuery request, CancellationToken cancellationToken)
    {
        var weeks = request.Weeks ?? settings.StandardPlanWeeks;
        if (weeks < 1 || weeks > settings.MaxPlanWeeks)
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.PlanTooLong, new($"実施期間は1週間から{settings.MaxPlanWeeks}週間までです。", $"A plan lasts 1 to {settings.MaxPlanWeeks} weeks."));
        }

        return Task.FromResult<IReadOnlyList<PlanWeekDto>>([.. StandardSchedule.For(weeks).Select(PlanWeekDto.From)]);
    }
}
