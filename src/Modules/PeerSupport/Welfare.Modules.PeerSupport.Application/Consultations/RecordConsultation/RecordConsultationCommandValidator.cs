using FluentValidation;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordConsultation;

internal sealed class RecordConsultationCommandValidator : AbstractValidator<RecordConsultationCommand>
{
    public RecordConsultationCommandValidator()
    {
        RuleFor(c => c.SubjectKind).IsInEnum();
        RuleFor(c => c.SubjectEmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.FamilyRelationship).NotEmpty().DependsOnOtherFields().MaximumLength(50).When(c => c.SubjectKind == SubjectKind.FamilyMember);
        RuleFor(c => c.FamilyRelationship).Null().DependsOnOtherFields().When(c => c.SubjectKind == SubjectKind.Employee);
        RuleFor(c => c.Channel).IsInEnum();
        RuleFor(c => c.Category).IsInEnum();
        RuleFor(c => c.Content).NotEmpty().MaximumLength(10000);
    }
}
