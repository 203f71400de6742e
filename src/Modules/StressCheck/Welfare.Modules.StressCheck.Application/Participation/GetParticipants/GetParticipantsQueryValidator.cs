using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Participation.GetParticipants;

internal sealed class GetParticipantsQueryValidator : AbstractValidator<GetParticipantsQuery>
{
    public GetParticipantsQueryValidator()
    {
        RuleFor(q => q.Department).MaximumLength(32);
    }
}
