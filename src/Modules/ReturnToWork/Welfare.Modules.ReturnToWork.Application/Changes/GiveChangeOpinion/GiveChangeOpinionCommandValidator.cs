using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.Changes.GiveChangeOpinion;

internal sealed class GiveChangeOpinionCommandValidator : AbstractValidator<GiveChangeOpinionCommand>
{
    public GiveChangeOpinionCommandValidator()
    {
        RuleFor(c => c.Opinion).NotEmpty().MaximumLength(4000);
    }
}
