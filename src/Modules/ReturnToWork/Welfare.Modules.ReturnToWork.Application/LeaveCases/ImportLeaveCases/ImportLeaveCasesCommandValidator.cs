using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.ImportLeaveCases;

internal sealed class ImportLeaveCasesCommandValidator : AbstractValidator<ImportLeaveCasesCommand>
{
    public const int MaxRows = 10_000;

    public ImportLeaveCasesCommandValidator()
    {
        RuleFor(c => c.Rows).NotNull().Must(r => r.Count is > 0 and <= MaxRows).WithMessage($"1 to {MaxRows} rows.");
        RuleForEach(c => c.Rows).NotNull().ChildRules(row =>
        {
            row.RuleFor(r => r.EmployeeId).NotEmpty().MaximumLength(32);
            row.RuleFor(r => r.Reference).NotEmpty().MaximumLength(64);
            row.RuleFor(r => r.Kind).IsInEnum();
        });
        RuleFor(c => c.Rows).Must(r => r.Select(x => x?.Reference).Distinct().Count() == r.Count).WithMessage("Each reference once per batch.")
            .When(c => c.Rows is not null && c.Rows.All(r => r is not null));
    }
}
