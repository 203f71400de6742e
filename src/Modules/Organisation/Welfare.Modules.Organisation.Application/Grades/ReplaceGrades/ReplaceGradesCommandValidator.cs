using FluentValidation;
using Welfare.Modules.Organisation.Domain.Grades;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Organisation.Application.Grades.ReplaceGrades;

internal sealed class ReplaceGradesCommandValidator : AbstractValidator<ReplaceGradesCommand>
{
    public ReplaceGradesCommandValidator()
    {
        RuleFor(c => c.Grades).NotEmpty().Must(g => g.Count <= ReplaceGradesCommand.MaxGrades).WithMessage($"'{{PropertyName}}' holds at most {ReplaceGradesCommand.MaxGrades} grades.");
        RuleFor(c => c.Grades)
            .Must(g => g.Select(x => x.Code).Distinct(StringComparer.Ordinal).Count() == g.Count).DependsOnOtherFields()
            .When(c => c.Grades is not null)
            .WithMessage(_ => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
                ? "Each grade code may appear only once." : "職コードが重複しています。");
        RuleForEach(c => c.Grades).ChildRules(grade =>
        {
            grade.RuleFor(g => g.Code).NotEmpty().MaximumLength(Grade.MaxCodeLength).Matches("^[A-Za-z0-9_-]+$");
            grade.RuleFor(g => g.Name).NotEmpty().MaximumLength(Grade.MaxNameLength);
        });
    }
}
