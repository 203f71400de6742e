using FluentValidation;
using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartmentStaff;

internal sealed class GetDepartmentStaffQueryValidator : AbstractValidator<GetDepartmentStaffQuery>
{
    public GetDepartmentStaffQueryValidator()
    {
        RuleFor(q => q.DepartmentCode).Must(DepartmentCode.IsValid);
    }
}
