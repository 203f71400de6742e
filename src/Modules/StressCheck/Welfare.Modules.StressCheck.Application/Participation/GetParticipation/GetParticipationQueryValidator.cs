using FluentValidation;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.StressCheck.Application.Participation.GetParticipation;

internal sealed class GetParticipationQueryValidator : AbstractValidator<GetParticipationQuery>
{
    public GetParticipationQueryValidator()
    {
        RuleFor(q => q.DepartmentCode).MaximumLength(32);
        this.RulesForPaging();
    }
}
