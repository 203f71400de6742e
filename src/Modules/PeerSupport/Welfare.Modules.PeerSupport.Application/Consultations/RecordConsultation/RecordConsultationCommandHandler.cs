using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordConsultation;

internal sealed class RecordConsultationCommandHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RecordConsultationCommand, ConsultationDto>
{
    private const string Action = "consultation.record";

    public async Task<ConsultationDto> Handle(RecordConsultationCommand request, CancellationToken cancellationToken)
    {
        var today = access.Today;
        var designation = access.DecidesPersonnelMatters ? null : await db.Supporters.AsNoTracking()
            .Where(s => s.EmployeeId == user.Id && s.DesignatedOn <= today && (s.ReleasedOn == null || today < s.ReleasedOn))
            .OrderBy(s => s.DesignatedOn).FirstOrDefaultAsync(cancellationToken);
        if (designation is null)
        {
            audit.Record(Action, ConsultationAccess.RecordType, "*", AuditOutcome.Denied);
            throw new ForbiddenException(new LocalizedText(
                "相談を記録できるのは、現に指名されているピアサポーター（人事権を持たない者）だけです。",
                "Only a currently designated peer supporter without personnel authority may record consultations."));
        }

        var openedOn = request.OpenedOn ?? today;
        if (openedOn > today)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.ConsultationInTheFuture);
        }

        if (await db.EmployeeAsync(request.SubjectEmployeeId, cancellationToken) is null)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.SubjectNotInDirectory);
        }

        var now = clock.GetUtcNow();
        var consultation = Consultation.Open(Guid.CreateVersion7(now), user.Id, designation.DepartmentCode, request.SubjectKind, request.SubjectEmployeeId,
            request.FamilyRelationship, request.Channel, request.Category, openedOn, request.Content, now);
        db.Consultations.Add(consultation);
        audit.Record(Action, ConsultationAccess.RecordType, consultation.Id.ToString(), AuditOutcome.Allowed);
        return ConsultationDto.From(consultation);
    }
}
