using FluentValidation;
using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Application.Departments.AssignDepartmentHead;

internal sealed class AssignDepartmentHeadCommandValidator : AbstractValidator<AssignDepartmentHeadCommand>
{
    public AssignDepartmentHeadCommandValidator()
    {
        RuleFor(c => c.DepartmentCode).Must(DepartmentCode.IsValid);
        RuleFor(c => c.EmployeeId).Must(EmployeeId.IsValid);
    }
}
