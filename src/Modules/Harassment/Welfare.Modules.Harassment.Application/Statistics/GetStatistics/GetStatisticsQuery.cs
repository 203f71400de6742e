using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Statistics.GetStatistics;

/// <summary>A count, or null when it is above zero and below the minimum cell size (suppressed so no case can be recognised).</summary>
public sealed record HarassmentStatisticsRowDto(
    HarassmentKind? Kind,
    int? Complaints,
    IReadOnlyDictionary<ComplaintSource, int?> Sources,
    IReadOnlyDictionary<ComplaintActionType, int?> Actions,
    int? Closed,
    double? AverageDaysToClose,
    int? Emergencies,
    int? RetaliationReports);

/// <summary>Complaints received in a fiscal year, per kind and in total (a complaint naming several kinds counts under each).</summary>
public sealed record HarassmentStatisticsDto(int FiscalYear, int MinimumCellSize, IReadOnlyList<HarassmentStatisticsRowDto> Rows);

/// <summary>Counts only, per fiscal year (April–March) and kind; small cells suppressed (issue capability 11).</summary>
public sealed record GetStatisticsQuery(int FiscalYear) : IQuery<HarassmentStatisticsDto>;

internal sealed class GetStatisticsQueryValidator : AbstractValidator<GetStatisticsQuery>
{
    public GetStatisticsQueryValidator() => RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2200);
}

internal sealed class GetStatisticsQueryHandler(IHarassmentDbContext db, IAuditTrail audit) : IRequestHandler<GetStatisticsQuery, HarassmentStatisticsDto>
{
    public async Task<HarassmentStatisticsDto> Handle(GetStatisticsQuery request, CancellationToken cancellationToken)
    {
        var settings = await HarassmentSettingsReader.LoadAsync(db, cancellationToken);
        var min = settings.MinimumCellSize;
        var from = new DateOnly(request.FiscalYear, 4, 1);
        var to = from.AddYears(1);
        var rows = await db.Complaints.AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn < to)
            .Select(c => new Row(
                c.Kinds.Select(k => k.Kind).ToList(), c.Source, c.Actions.Select(a => a.Type).ToList(), c.ReceivedOn, c.ClosedOn,
                c.Emergencies.Count, c.RetaliationOf != null))
            .ToListAsync(cancellationToken);
        audit.Record("harassment.statistics.read", "HarassmentStatistics", request.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditOutcome.Allowed);

        var result = Enum.GetValues<HarassmentKind>().Select(k => Of(k, rows.Where(r => r.Kinds.Contains(k)).ToList(), min)).ToList();
        result.Add(Of(null, rows, min));
        return new HarassmentStatisticsDto(request.FiscalYear, min, result);
    }

    private static HarassmentStatisticsRowDto Of(HarassmentKind? kind, List<Row> rows, int min)
    {
        int? Cell(int n) => n > 0 && n < min ? null : n;
        var closed = rows.Where(r => r.ClosedOn is not null).ToList();
        return new HarassmentStatisticsRowDto(
            kind,
            Cell(rows.Count),
            Enum.GetValues<ComplaintSource>().ToDictionary(s => s, s => Cell(rows.Count(r => r.Source == s))),
            Enum.GetValues<ComplaintActionType>().ToDictionary(a => a, a => Cell(rows.Count(r => r.Actions.Contains(a)))),
            Cell(closed.Count),
            closed.Count >= min && closed.Count > 0 ? Math.Round(closed.Average(r => r.ClosedOn!.Value.DayNumber - r.ReceivedOn.DayNumber), 1) : null,
            Cell(rows.Count(r => r.Emergencies > 0)),
            Cell(rows.Count(r => r.IsRetaliationReport)));
    }

    private sealed record Row(List<HarassmentKind> Kinds, ComplaintSource Source, List<ComplaintActionType> Actions, DateOnly ReceivedOn, DateOnly? ClosedOn,
        int Emergencies, bool IsRetaliationReport);
}
