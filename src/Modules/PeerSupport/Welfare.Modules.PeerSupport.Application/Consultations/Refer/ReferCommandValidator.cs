using FluentValidation;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.PeerSupport.Application.Consultations.Refer;

internal sealed class ReferCommandValidator : AbstractValidator<ReferCommand>
{
    public ReferCommandValidator()
    {
        RuleFor(c => c.Target).IsInEnum();
        RuleFor(c => c.ExternalCounselorId).NotEmpty().DependsOnOtherFields().When(c => c.Target == ReferralTarget.ExternalCounselor);
        RuleFor(c => c.ExternalCounselorId).Null().DependsOnOtherFields().When(c => c.Target == ReferralTarget.Division);
        RuleFor(c => c.DivisionName).NotEmpty().DependsOnOtherFields().MaximumLength(100).When(c => c.Target == ReferralTarget.Division);
        RuleFor(c => c.DivisionName).Null().DependsOnOtherFields().When(c => c.Target == ReferralTarget.ExternalCounselor);
    }
}
