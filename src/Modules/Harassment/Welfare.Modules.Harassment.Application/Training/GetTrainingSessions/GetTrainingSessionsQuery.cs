using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Harassment.Application.Training.GetTrainingSessions;

/// <summary>Sessions held or planned in a fiscal year (April to March), with attendance.</summary>
public sealed record GetTrainingSessionsQuery(int FiscalYear, PageRequest Paging) : IQuery<PagedList<TrainingSessionDto>>, IPagedQuery;

/// <summary>A year the calendar can hold (fiscalYear=2147483647 was a server error).</summary>
internal sealed class GetTrainingSessionsQueryValidator : AbstractValidator<GetTrainingSessionsQuery>
{
    public GetTrainingSessionsQueryValidator() => RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2200);
}

internal sealed class GetTrainingSessionsQueryHandler(IHarassmentDbContext db) : IRequestHandler<GetTrainingSessionsQuery, PagedList<TrainingSessionDto>>
{
    public async Task<PagedList<TrainingSessionDto>> Handle(GetTrainingSessionsQuery request, CancellationToken cancellationToken)
    {
        var from = new DateOnly(request.FiscalYear, 4, 1);
        var to = from.AddYears(1);
        var page = await db.TrainingSessions.AsNoTracking().Include(s => s.Attendance).Where(s => s.HeldOn >= from && s.HeldOn < to)
            .OrderBy(s => s.HeldOn).ThenBy(s => s.Id).ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(TrainingSessionDto.Of);
    }
}
