using FluentValidation;
using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Application.Campaigns.NameImplementers;

internal sealed class NameImplementersCommandValidator : AbstractValidator<NameImplementersCommand>
{
    public NameImplementersCommandValidator()
    {
        RuleFor(c => c.Physicians).NotEmpty().Must(p => p.Count <= 20);
        RuleForEach(c => c.Physicians).Must(EmployeeId.IsValid);
    }
}
