using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Domain.Caps;
using Welfare.Modules.ReturnToWork.IntegrationEvents;

namespace Welfare.Modules.Overtime.Application.Caps;

/// <summary>
/// After a pre-return the employee works no overtime for the rule's <c>PostReturnNoOvertimeMonths</c>
/// (rules in force on the return day): a 0-hour cap from the return day to the day before the same day
/// that many months later, or the restriction months the pre-return's result recommended. No cap after a
/// cancelled pre-return (the employee stays on leave) or for 0 months. One cap per event.
/// </summary>
internal sealed class PreReturnCompletedIntegrationEventHandler(IOvertimeDbContext db, TimeProvider clock) : INotificationHandler<PreReturnCompletedIntegrationEvent>
{
    public async Task Handle(PreReturnCompletedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (e.Outcome != "Completed")
        {
            return;
        }

        var (_, rules) = await RulesInForce.OnAsync(db, e.ReturnedOn, cancellationToken);
        var months = e.RecommendedRestrictionMonths ?? rules.PostReturnNoOvertimeMonths;
        var reference = e.Id.ToString();
        if (months <= 0
            || await db.PersonalCaps.AnyAsync(c => c.Source == CapSource.PostReturn && c.SourceReference == reference, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var to = e.ReturnedOn.AddMonths(months).AddDays(-1);
        db.PersonalCaps.Add(new PersonalCap(Guid.CreateVersion7(now), e.EmployeeId, e.ReturnedOn, to, 0, CapSource.PostReturn, reference, now));
    }
}
