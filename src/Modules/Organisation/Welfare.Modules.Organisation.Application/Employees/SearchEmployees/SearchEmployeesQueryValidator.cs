using FluentValidation;
using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Application.Employees.SearchEmployees;

internal sealed class SearchEmployeesQueryValidator : AbstractValidator<SearchEmployeesQuery>
{
    public SearchEmployeesQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Department).Must(DepartmentCode.IsValid!).When(q => q.Department is not null);
        RuleFor(q => q.Status).IsInEnum();
    }
}
