using FluentValidation;
using Welfare.Modules.StressCheck.Domain.Questionnaires;

namespace Welfare.Modules.StressCheck.Application.Results.SubmitAnswers;

internal sealed class SubmitAnswersCommandValidator : AbstractValidator<SubmitAnswersCommand>
{
    public SubmitAnswersCommandValidator()
    {
        RuleFor(c => c.Answers).NotNull().Must(a => a.Count == Bjsq57.ItemCount)
            .WithMessage(_ => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
                ? $"Send exactly {Bjsq57.ItemCount} answers, in item order."
                : $"回答は設問順に {Bjsq57.ItemCount} 個送ってください。");
        RuleForEach(c => c.Answers).InclusiveBetween(1, 4);
    }
}
