using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Guidance.RequestGuidance;

internal sealed class RequestGuidanceCommandValidator : AbstractValidator<RequestGuidanceCommand>
{
    public RequestGuidanceCommandValidator()
    {
        RuleFor(c => c.CoordinatorId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.SharedDetails).NotEmpty().MaximumLength(5000);
    }
}
