using MediatR;
using Welfare.Modules.StressCheck.Domain;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Participation.RequestReminders;

internal sealed class RequestRemindersCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
    : IRequestHandler<RequestRemindersCommand, RemindersDto>
{
    private const string Action = "reminders.request";

    public async Task<RemindersDto> Handle(RequestRemindersCommand request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        if (!StressCheckAccess.IsWelfareOfficer(user) && !StressCheckAccess.ActsAsStaff(user, campaign, audit, Action))
        {
            audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        if (!campaign.AcceptsAnswersOn(clock.Today()))
        {
            throw new BusinessRuleViolationException(StressCheckProblems.CampaignNotAccepting, new LocalizedText(
                "受検期間外のため勧奨できません。", "Reminders are only sent while the campaign accepts answers."));
        }

        var remind = await ReminderTargets.NotTakenAsync(db, campaign.Id, request.EmployeeIds, cancellationToken);

        ReminderTargets.Request(outbox, campaign.Id, campaign.ClosesOn, remind, clock.GetUtcNow());

        audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return new RemindersDto(remind.Count, remind);
    }
}
