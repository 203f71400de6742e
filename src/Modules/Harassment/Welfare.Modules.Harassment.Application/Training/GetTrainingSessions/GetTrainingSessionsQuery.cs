using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Training.GetTrainingSessions;

/// <summary>Sessions held or planned in a fiscal year (April to March), with attendance.</summary>
public sealed record GetTrainingSessionsQuery(int FiscalYear) : IQuery<IReadOnlyList<TrainingSessionDto>>;

internal sealed class GetTrainingSessionsQueryHandler(IHarassmentDbContext db) : IRequestHandler<GetTrainingSessionsQuery, IReadOnlyList<TrainingSessionDto>>
{
    public async Task<IReadOnlyList<TrainingSessionDto>> Handle(GetTrainingSessionsQuery request, CancellationToken cancellationToken)
    {
        var from = new DateOnly(request.FiscalYear, 4, 1);
        var to = from.AddYears(1);
        var sessions = await db.TrainingSessions.AsNoTracking().Include(s => s.Attendance).Where(s => s.HeldOn >= from && s.HeldOn < to)
            .OrderBy(s => s.HeldOn).ToListAsync(cancellationToken);
        return sessions.Select(TrainingSessionDto.Of).ToList();
    }
}
