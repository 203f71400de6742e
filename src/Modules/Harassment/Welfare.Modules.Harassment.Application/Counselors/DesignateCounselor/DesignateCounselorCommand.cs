using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Counselors.DesignateCounselor;

/// <summary>The welfare officer designates an active employee as a harassment counsellor, recording their sex (第7条; 別紙第2 第2-1(2)).</summary>
public sealed record DesignateCounselorCommand(string EmployeeId, CounselorSex Sex, DateOnly? DesignatedOn) : Welfare.SharedKernel.Application.Messaging.ICommand<CounselorDto>;

internal sealed class DesignateCounselorCommandValidator : AbstractValidator<DesignateCounselorCommand>
{
    public DesignateCounselorCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Sex).IsInEnum();
    }
}

internal sealed class DesignateCounselorCommandHandler(IHarassmentDbContext db, DirectoryFreshness freshness, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<DesignateCounselorCommand, CounselorDto>
{
    public async Task<CounselorDto> Handle(DesignateCounselorCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        var today = clock.Today();
        var on = request.DesignatedOn ?? today;
        var employee = await db.DirectoryEmployees.AsNoTracking().SingleOrDefaultAsync(e => e.EmployeeId == request.EmployeeId, cancellationToken);
        if (employee is null || employee.HasLeft)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.CounselorNotAnEmployee);
        }

        if (await db.Counselors.AnyAsync(c => c.EmployeeId == request.EmployeeId && (c.ReleasedOn == null || c.ReleasedOn > on), cancellationToken))
        {
            throw new ConflictException(HarassmentProblems.CounselorAlreadyDesignated);
        }

        var now = clock.GetUtcNow();
        var counselor = new HarassmentCounselor(Guid.CreateVersion7(now), request.EmployeeId, request.Sex, on, user.Id, now);
        db.Counselors.Add(counselor);
        audit.Record("harassment.counselor.designate", "HarassmentCounselor", counselor.Id.ToString(), AuditOutcome.Allowed);
        return CounselorDto.Of(counselor, today, await db.PeopleAsync([counselor.EmployeeId], today, cancellationToken));
    }
}
