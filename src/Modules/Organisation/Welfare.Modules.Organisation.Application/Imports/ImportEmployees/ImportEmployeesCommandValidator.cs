using FluentValidation;

namespace Welfare.Modules.Organisation.Application.Imports.ImportEmployees;

internal sealed class ImportEmployeesCommandValidator : AbstractValidator<ImportEmployeesCommand>
{
    public ImportEmployeesCommandValidator()
    {
        RuleFor(c => c.Mode).IsInEnum();
        RuleFor(c => c.Format).IsInEnum();
        RuleFor(c => c.AsOf).InclusiveBetween(new DateOnly(1900, 1, 1), new DateOnly(2200, 12, 31)).When(c => c.AsOf is not null);
        RuleFor(c => c.Body).NotNull();
    }
}
