using MediatR;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Forms;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetInterviewForm;

internal sealed class GetInterviewFormQueryHandler(
    IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, InterviewAccess access, InterviewViews views, TimeProvider clock)
    : IRequestHandler<GetInterviewFormQuery, PrintedForm>
{
    private const string Action = "interview.form.read";

    public async Task<PrintedForm> Handle(GetInterviewFormQuery request, CancellationToken cancellationToken)
    {
        var interview = await VisibleAsync(request, Shows(request.Form), cancellationToken);
        var people = await db.PeopleAsync([interview.EmployeeId, .. interview.Opinion is { } o ? [o.IssuedBy] : Array.Empty<string>()], clock.Today(), cancellationToken);
        var person = new InterviewForms.Person(interview.EmployeeId, people.GetValueOrDefault(interview.EmployeeId),
            interview.Opinion is { } opinion ? people.GetValueOrDefault(opinion.IssuedBy) : null);
        return request.Form == InterviewForm.Request
            ? InterviewForms.Request(request.CampaignId, person, interview)
            : InterviewForms.Opinion(request.CampaignId, person, interview);
    }

    // Who asked is the request itself: a view without it (the department head's) has no request to print.
    private static Func<InterviewDto, bool> Shows(InterviewForm form) => form == InterviewForm.Request
        ? interview => interview.RequestedAt is not null
        : interview => interview.Opinion is not null;

    private async Task<InterviewDto> VisibleAsync(GetInterviewFormQuery request, Func<InterviewDto, bool> shows, CancellationToken cancellationToken)
    {
        if (request.EmployeeId is not null)
        {
            return await views.VisibleAsync(request.CampaignId, request.EmployeeId, Action, cancellationToken, shows);
        }

        var own = InterviewDto.Full(await access.LoadAsync(request.CampaignId, user.Id, track: false, cancellationToken));
        var outcome = shows(own) ? AuditOutcome.Allowed : AuditOutcome.Denied;
        audit.Record(Action, "Interview", $"{request.CampaignId}/{user.Id}", outcome);
        return outcome == AuditOutcome.Allowed ? own : throw new NotFoundException("InterviewForm", $"{request.CampaignId}/{user.Id}/{request.Form}");
    }
}
