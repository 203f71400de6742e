using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns;

/// <summary>
/// A plan as drafted (Form 3). Left out: <c>weeks</c> is the standard length, <c>schedule</c> the
/// standard schedule for that length, <c>placeDepartmentCode</c> the participant's department.
/// </summary>
public sealed record PlanInput(
    DateOnly StartOn,
    int? Weeks,
    string? PlaceDepartmentCode,
    PlaceChangeReason? PlaceChangeReason,
    string? PlaceChangeExplanation,
    IReadOnlyList<PlanTask> Tasks,
    string? TaskDetails,
    IReadOnlyList<PlanWeekInput>? Schedule,
    string? Considerations);

/// <summary>One week of the schedule: the daily hours and how many days that week.</summary>
public sealed record PlanWeekInput(int Week, TimeOnly Start, TimeOnly End, int DaysPerWeek);

internal sealed class PlanInputValidator : AbstractValidator<PlanInput>
{
    public PlanInputValidator()
    {
        RuleFor(p => p.PlaceDepartmentCode).MaximumLength(32);
        RuleFor(p => p.PlaceChangeReason).IsInEnum().When(p => p.PlaceChangeReason is not null);
        RuleFor(p => p.PlaceChangeExplanation).MaximumLength(2000);
        RuleFor(p => p.Tasks).NotNull();
        RuleForEach(p => p.Tasks).IsInEnum();
        RuleFor(p => p.TaskDetails).MaximumLength(2000);
        RuleFor(p => p.Considerations).MaximumLength(4000);
        RuleFor(p => p.Schedule).Must(s => s!.Count <= 52).When(p => p.Schedule is not null);
        RuleForEach(p => p.Schedule).NotNull().ChildRules(w =>
        {
            w.RuleFor(x => x.DaysPerWeek).InclusiveBetween(1, 7);
            w.RuleFor(x => x.End).GreaterThan(x => x.Start);
        }).When(p => p.Schedule is not null);
    }
}

internal sealed class PlanFactory(IReturnToWorkDbContext db, ReturnToWorkSettings settings)
{
    public async Task<PreReturnPlan> CreateAsync(PreReturn found, PlanInput input, string draftedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var weeks = input.Weeks ?? settings.StandardPlanWeeks;
        var place = input.PlaceDepartmentCode ?? found.DepartmentCode;
        if (place != found.DepartmentCode && !await db.DirectoryDepartments.AnyAsync(d => d.DepartmentCode == place, cancellationToken))
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.PlaceUnknown);
        }

        var schedule = input.Schedule is null
            ? StandardSchedule.For(Math.Clamp(weeks, 1, 52))
            : [.. input.Schedule.Select(w => new PlanWeek(w.Week, w.Start, w.End, w.DaysPerWeek))];
        return new PreReturnPlan(0, input.StartOn, weeks, place, input.PlaceChangeReason, input.PlaceChangeExplanation, [.. input.Tasks.Distinct()], input.TaskDetails,
            schedule, input.Considerations, draftedBy, now);
    }
}
