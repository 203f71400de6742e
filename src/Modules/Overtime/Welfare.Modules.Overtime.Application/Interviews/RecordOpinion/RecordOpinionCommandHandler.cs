using MediatR;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.Caps;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews.RecordOpinion;

internal sealed class RecordOpinionCommandHandler(IOvertimeDbContext db, LongHoursInterviewAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordOpinionCommand, LongHoursInterviewDto>
{
    public async Task<LongHoursInterviewDto> Handle(RecordOpinionCommand request, CancellationToken cancellationToken)
    {
        var interview = await access.ChangeAsync(request.Id, i => user.IsInRole(Roles.Physician) && i.PhysicianId == user.Id, "overtime.interview.opinion", cancellationToken);
        var now = clock.GetUtcNow();
        if (request.HeldOn > clock.Today())
        {
            throw new BusinessRuleViolationException(OvertimeProblems.InterviewInFuture);
        }

        var opinion = new LongHoursOpinion(request.HeldOn, request.ChangeOfPlace, request.ChangeOfDuties, request.Leave, request.ShorterHours, request.FewerNightShifts,
            request.OvertimeCapHours, request.OvertimeForbidden, request.MeasuresFrom, request.MeasuresTo, request.NoMeasuresNeeded, request.NextInterviewUnnecessary,
            request.Note, user.Id, now);
        interview.RecordHeld(opinion);
        if (opinion.CapHours is { } hours)
        {
            db.PersonalCaps.Add(new PersonalCap(Guid.CreateVersion7(now), interview.EmployeeId, opinion.MeasuresFrom!.Value, opinion.MeasuresTo, hours,
                CapSource.LongHoursInterview, interview.Id.ToString(), now));
        }

        return LongHoursInterviewDto.Full(interview);
    }
}
