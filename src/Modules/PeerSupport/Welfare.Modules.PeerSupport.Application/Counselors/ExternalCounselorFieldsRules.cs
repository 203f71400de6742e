using FluentValidation;
using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.PeerSupport.Application.Counselors;

internal static class ExternalCounselorFieldsRules
{
    public static void RulesForCounselor<T>(this AbstractValidator<T> validator)
        where T : IExternalCounselorFields
    {
        validator.RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        validator.RuleFor(c => c.Field).IsInEnum();
        validator.RuleFor(c => c.MentalHealth).Equal(false).When(c => c.Field != CounselorField.Medical)
            .WithMessage("Mental health is a speciality of the medical field.").DependsOnOtherFields();
        validator.RuleFor(c => c.FeeNote).MaximumLength(500);
        validator.RuleFor(c => c.Contact).NotEmpty().MaximumLength(200);
        validator.RuleFor(c => c.Availability).NotEmpty().MaximumLength(500);
    }
}
