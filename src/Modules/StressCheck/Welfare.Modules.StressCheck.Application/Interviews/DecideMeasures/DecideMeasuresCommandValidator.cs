using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Interviews.DecideMeasures;

internal sealed class DecideMeasuresCommandValidator : AbstractValidator<DecideMeasuresCommand>
{
    public DecideMeasuresCommandValidator()
    {
        RuleFor(c => c.Measures).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.EmployeeOpinion).NotEmpty().MaximumLength(4000);
    }
}
