using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Settings.GetSettings;

public sealed record GetSettingsQuery : IQuery<HarassmentSettingsDto>;

internal sealed class GetSettingsQueryHandler(IHarassmentDbContext db, RecordVersion version) : IRequestHandler<GetSettingsQuery, HarassmentSettingsDto>
{
    public async Task<HarassmentSettingsDto> Handle(GetSettingsQuery request, CancellationToken cancellationToken)
    {
        // Until the welfare officer first saves them, the defaults apply and there is no version to name.
        var stored = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == HarassmentSettings.SingletonId, cancellationToken);
        if (stored is not null)
        {
            version.Observe(stored);
        }

        var s = stored ?? new HarassmentSettings();
        return new HarassmentSettingsDto(s.FollowUpDays, s.MinimumCellSize, s.SupervisorGradeRank, s.NewPeriodMonths);
    }
}
