using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Harassment.Application.Counselors.ReleaseCounselor;

/// <summary>The welfare officer ends a designation; the counsellor loses access to the complaints they were assigned to.</summary>
public sealed record ReleaseCounselorCommand(Guid Id, DateOnly? ReleasedOn) : Welfare.SharedKernel.Application.Messaging.ICommand<CounselorDto>;

internal sealed class ReleaseCounselorCommandValidator : AbstractValidator<ReleaseCounselorCommand>
{
    public ReleaseCounselorCommandValidator() => RuleFor(c => c.Id).NotEmpty();
}

internal sealed class ReleaseCounselorCommandHandler(IHarassmentDbContext db, IAuditTrail audit, TimeProvider clock) : IRequestHandler<ReleaseCounselorCommand, CounselorDto>
{
    public async Task<CounselorDto> Handle(ReleaseCounselorCommand request, CancellationToken cancellationToken)
    {
        var counselor = await db.Counselors.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("HarassmentCounselor", request.Id.ToString());
        if (counselor.ReleasedOn is not null)
        {
            throw new ConflictException(HarassmentProblems.CounselorReleased);
        }

        var today = clock.Today();
        counselor.Release(request.ReleasedOn ?? today);
        audit.Record("harassment.counselor.release", "HarassmentCounselor", counselor.Id.ToString(), AuditOutcome.Allowed);
        return CounselorDto.Of(counselor, today, await db.PeopleAsync([counselor.EmployeeId], today, cancellationToken));
    }
}
