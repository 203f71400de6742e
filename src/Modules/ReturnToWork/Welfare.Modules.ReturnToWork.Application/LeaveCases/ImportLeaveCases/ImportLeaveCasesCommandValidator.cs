using FluentValidation;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.ImportLeaveCases;

internal sealed class ImportLeaveCasesCommandValidator : AbstractValidator<ImportLeaveCasesCommand>
{
    public ImportLeaveCasesCommandValidator(ImportLimits limits)
    {
        var maxRows = limits.LeaveCases.MaxRows;
        RuleFor(c => c.Rows).NotNull().Must(r => r.Count > 0 && r.Count <= maxRows).WithMessage($"1 to {maxRows} rows.");
        RuleForEach(c => c.Rows).NotNull().ChildRules(row =>
        {
            row.RuleFor(r => r.EmployeeId).NotEmpty().MaximumLength(32);
            row.RuleFor(r => r.Reference).NotEmpty().MaximumLength(64);
            row.RuleFor(r => r.Kind).IsInEnum();
        });
        RuleFor(c => c.Rows).Must(r => r.Select(x => x?.Reference).Distinct().Count() == r.Count).WithMessage("Each reference once per batch.").DependsOnOtherFields()
            .When(c => c.Rows is not null && c.Rows.All(r => r is not null));
    }
}
