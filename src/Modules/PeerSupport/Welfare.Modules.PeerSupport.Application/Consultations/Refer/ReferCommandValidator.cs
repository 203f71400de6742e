using FluentValidation;
using Welfare.Modules.PeerSupport.Domain.Consultations;

namespace Welfare.Modules.PeerSupport.Application.Consultations.Refer;

internal sealed class ReferCommandValidator : AbstractValidator<ReferCommand>
{
    public ReferCommandValidator()
    {
        RuleFor(c => c.Target).IsInEnum();
        RuleFor(c => c.ExternalCounselorId).NotEmpty().When(c => c.Target == ReferralTarget.ExternalCounselor);
        RuleFor(c => c.ExternalCounselorId).Null().When(c => c.Target == ReferralTarget.Division);
        RuleFor(c => c.DivisionName).NotEmpty().MaximumLength(100).When(c => c.Target == ReferralTarget.Division);
        RuleFor(c => c.DivisionName).Null().When(c => c.Target == ReferralTarget.ExternalCounselor);
    }
}
