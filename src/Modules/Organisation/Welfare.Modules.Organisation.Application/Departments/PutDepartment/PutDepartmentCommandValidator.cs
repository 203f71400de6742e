using FluentValidation;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Application.Departments.PutDepartment;

internal sealed class PutDepartmentCommandValidator : AbstractValidator<PutDepartmentCommand>
{
    public PutDepartmentCommandValidator()
    {
        RuleFor(c => c.DepartmentCode).Must(DepartmentCode.IsValid).WithErrorCode("invalid-department-code");
        RuleFor(c => c.ParentDepartmentCode).Must(DepartmentCode.IsValid!).When(c => c.ParentDepartmentCode is not null);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Department.MaxNameLength);
        RuleFor(c => c.AppointingAuthority).IsInEnum();
        RuleFor(c => c.EffectiveTo).GreaterThanOrEqualTo(c => c.EffectiveFrom).When(c => c.EffectiveTo is not null);
    }
}
