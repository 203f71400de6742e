using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Counselors.RegisterCounselor;

internal sealed class RegisterCounselorCommandValidator : AbstractValidator<RegisterCounselorCommand>
{
    public RegisterCounselorCommandValidator() => this.RulesForCounselor();
}
