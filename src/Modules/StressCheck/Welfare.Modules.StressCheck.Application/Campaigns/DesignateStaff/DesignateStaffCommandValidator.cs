using FluentValidation;
using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Application.Campaigns.DesignateStaff;

internal sealed class DesignateStaffCommandValidator : AbstractValidator<DesignateStaffCommand>
{
    public DesignateStaffCommandValidator()
    {
        RuleFor(c => c.Staff).NotNull().Must(s => s.Count <= 50);
        RuleForEach(c => c.Staff).Must(EmployeeId.IsValid);
    }
}
