using FluentValidation;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Overtime.Application.Rules.IssueRuleSet;

internal sealed class IssueRuleSetCommandValidator : AbstractValidator<IssueRuleSetCommand>
{
    public IssueRuleSetCommandValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Rules).NotNull();
        RuleFor(c => c.Rules.YearStartMonth).InclusiveBetween(1, 12).When(c => c.Rules is not null);
        RuleFor(c => c.Rules.Standard).NotNull().SetValidator(new DepartmentLimitsValidator()).When(c => c.Rules is not null);
        RuleFor(c => c.Rules.OtherDriven).NotNull().SetValidator(new DepartmentLimitsValidator()).When(c => c.Rules is not null);
        RuleFor(c => c.Rules.WarningPercentages)
            .Must(p => p is not null && p.Count <= 10 && p.All(x => x is > 0 and <= 100))
            .When(c => c.Rules is not null)
            .WithMessage("'{PropertyName}': up to 10 percentages between 1 and 100.");
        RuleFor(c => c.Rules.WarningPercentages)
            .Must(p => p.SequenceEqual(p.Order())).DependsOnOtherFields()
            .When(c => c.Rules?.WarningPercentages is not null)
            .WithMessage("'{PropertyName}': in ascending order.");
        RuleFor(c => c.Rules.DiscrepancyToleranceMinutes).InclusiveBetween(0, 240).When(c => c.Rules is not null);
        RuleFor(c => c.Rules.OtherDrivenShareWarning).InclusiveBetween(0, 1).When(c => c.Rules is not null);
        RuleFor(c => c.Rules.PostReturnNoOvertimeMonths).InclusiveBetween(0, 24).When(c => c.Rules is not null);
        RuleFor(c => c.Rules.RestInterval).NotNull().When(c => c.Rules is not null);
        RuleFor(c => c.Rules.RestInterval.IntervalHours).InclusiveBetween(0, 24).When(c => c.Rules?.RestInterval is not null);
        RuleFor(c => c.Rules.RestInterval.ShiftedSchedules).NotNull().When(c => c.Rules?.RestInterval is not null);
        RuleFor(c => c.Rules.Interview).NotNull().When(c => c.Rules is not null);
        RuleFor(c => c.Rules.Interview.ReferenceDay).InclusiveBetween(1, 28).When(c => c.Rules?.Interview is not null);
        RuleFor(c => c.Rules.Interview.Tiers).Must(t => t is { Count: > 0 and <= 10 }).When(c => c.Rules?.Interview is not null);
    }

    private sealed class DepartmentLimitsValidator : AbstractValidator<DepartmentLimits>
    {
        public DepartmentLimitsValidator()
        {
            RuleFor(l => l.MonthHours).InclusiveBetween(1, 744);
            RuleFor(l => l.MonthComparison).IsInEnum();
            RuleFor(l => l.YearHours).InclusiveBetween(1, 8784);
            RuleFor(l => l.RollingWindowMonths).NotNull();
            RuleForEach(l => l.RollingWindowMonths).InclusiveBetween(2, OvertimeRules.LongestRollingWindow)
                .WithMessage($"'{{PropertyName}}': rolling windows span 2 to {OvertimeRules.LongestRollingWindow} months.");
            RuleFor(l => l.RollingAverageHours).NotNull().DependsOnOtherFields().When(l => l.RollingWindowMonths is { Count: > 0 });
            RuleFor(l => l.MaxMonthsOverThreshold).InclusiveBetween(0, 12).When(l => l.MaxMonthsOverThreshold is not null);
            RuleFor(l => l.MonthThresholdHours).InclusiveBetween(1, 744);
        }
    }
}
