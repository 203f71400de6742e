using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Interviews.IssueOpinion;

internal sealed class IssueOpinionCommandValidator : AbstractValidator<IssueOpinionCommand>
{
    public IssueOpinionCommandValidator()
    {
        RuleFor(c => c.WorkCategory).IsInEnum();
        RuleFor(c => c.OvertimeCapHours).InclusiveBetween(0, 100).When(c => c.OvertimeCapHours is not null);
        RuleFor(c => c.OtherMeasures).MaximumLength(2000);
        RuleFor(c => c.WorkloadMeasures).MaximumLength(2000);
        RuleFor(c => c.HumanRelationsMeasures).MaximumLength(2000);
        RuleFor(c => c.ValidTo).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidTo is not null);
    }
}
