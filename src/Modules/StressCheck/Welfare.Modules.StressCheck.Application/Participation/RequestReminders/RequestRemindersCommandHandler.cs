using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.IntegrationEvents;
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
            throw new BusinessRuleViolationException("campaign-not-accepting", new LocalizedText(
                "受検期間外のため勧奨できません。", "Reminders are only sent while the campaign accepts answers."));
        }

        var taken = (await db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.IsLatest)
            .Select(s => s.EmployeeId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var wanted = request.EmployeeIds is { Count: > 0 } ids ? ids.ToHashSet(StringComparer.Ordinal) : null;
        var remind = (await Campaigns.CampaignLoader.TargetsAsync(db, campaign.Id, cancellationToken))
            .Where(t => !taken.Contains(t.EmployeeId) && (wanted is null || wanted.Contains(t.EmployeeId)))
            .Select(t => t.EmployeeId)
            .Order(StringComparer.Ordinal)
            .ToList();

        var now = clock.GetUtcNow();
        foreach (var employeeId in remind)
        {
            outbox.Add(new StressCheckReminderRequestedIntegrationEvent(Guid.CreateVersion7(now), now, campaign.Id, employeeId, campaign.ClosesOn));
        }

        audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return new RemindersDto(remind.Count, remind);
    }
}
