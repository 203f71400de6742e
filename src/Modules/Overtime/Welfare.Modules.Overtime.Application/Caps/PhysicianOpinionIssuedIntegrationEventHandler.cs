using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Caps;
using Welfare.Modules.StressCheck.IntegrationEvents;

namespace Welfare.Modules.Overtime.Application.Caps;

/// <summary>
/// A stress-check physician's opinion that forbids (0 h) or caps overtime becomes a personal cap for its
/// period. One cap per event (the inbox and the unique source reference both make a redelivery a no-op).
/// </summary>
internal sealed class PhysicianOpinionIssuedIntegrationEventHandler(IOvertimeDbContext db, TimeProvider clock) : INotificationHandler<PhysicianOpinionIssuedIntegrationEvent>
{
    public async Task Handle(PhysicianOpinionIssuedIntegrationEvent e, CancellationToken cancellationToken)
    {
        double? hours = e.OvertimeForbidden ? 0 : e.OvertimeCapHours;
        var reference = e.Id.ToString();
        if (hours is null || await db.PersonalCaps.AnyAsync(c => c.Source == CapSource.StressCheckOpinion && c.SourceReference == reference, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.PersonalCaps.Add(new PersonalCap(Guid.CreateVersion7(now), e.EmployeeId, e.ValidFrom, e.ValidTo, hours.Value, CapSource.StressCheckOpinion, reference, now));
    }
}
