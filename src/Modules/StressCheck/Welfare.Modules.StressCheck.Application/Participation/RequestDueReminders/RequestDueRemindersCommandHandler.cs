using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Participation.RequestDueReminders;

internal sealed class RequestDueRemindersCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
    : IRequestHandler<RequestDueRemindersCommand, DueRemindersDto>
{
    private const string Action = "reminders.request";

    public async Task<DueRemindersDto> Handle(RequestDueRemindersCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsSystem)
        {
            audit.Record(Action, "Campaign", "*", AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var today = clock.Today();
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Open && c.OpensOn <= today && c.ClosesOn >= today)
            .OrderBy(c => c.OpensOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ClosesOn })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var requested = 0;
        foreach (var campaign in campaigns)
        {
            var remind = await ReminderTargets.NotTakenAsync(db, campaign.Id, null, cancellationToken);
            ReminderTargets.Request(outbox, campaign.Id, campaign.ClosesOn, remind, now);

            requested += remind.Count;
            audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        }

        return new DueRemindersDto(campaigns.Count, requested);
    }
}
