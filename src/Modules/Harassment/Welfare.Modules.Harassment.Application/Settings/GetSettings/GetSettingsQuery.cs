using MediatR;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Settings.GetSettings;

public sealed record GetSettingsQuery : IQuery<HarassmentSettingsDto>;

internal sealed class GetSettingsQueryHandler(IHarassmentDbContext db) : IRequestHandler<GetSettingsQuery, HarassmentSettingsDto>
{
    public async Task<HarassmentSettingsDto> Handle(GetSettingsQuery request, CancellationToken cancellationToken)
    {
        var s = await HarassmentSettingsReader.LoadAsync(db, cancellationToken);
        return new HarassmentSettingsDto(s.FollowUpDays, s.MinimumCellSize, s.SupervisorGradeRank, s.NewPeriodMonths);
    }
}
