using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Counselors.UpdateCounselor;

internal sealed class UpdateCounselorCommandValidator : AbstractValidator<UpdateCounselorCommand>
{
    public UpdateCounselorCommandValidator() => this.RulesForCounselor();
}
