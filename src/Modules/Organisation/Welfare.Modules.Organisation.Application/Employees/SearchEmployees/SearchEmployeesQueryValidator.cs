using FluentValidation;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Employees.SearchEmployees;

internal sealed class SearchEmployeesQueryValidator : AbstractValidator<SearchEmployeesQuery>
{
    public SearchEmployeesQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.DepartmentCode).Must(DepartmentCode.IsValid!).When(q => q.DepartmentCode is not null);
        RuleFor(q => q.Status).IsInEnum();
        this.RulesForPaging();
    }
}
