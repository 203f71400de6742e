using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Scoring;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Exports;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Exports.ExportGroupAnalyses;

internal sealed class ExportGroupAnalysesQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, GroupAnalysisCalculator calculator)
    : IRequestHandler<ExportGroupAnalysesQuery, byte[]>
{
    private const string Action = "group-analysis.export";

    public async Task<byte[]> Handle(ExportGroupAnalysesQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        List<(string Department, GroupAnalysisFigures Figures, bool Released)> analyses = [];
        if (StressCheckAccess.IsImplementer(user, campaign))
        {
            var released = (await db.GroupAnalysisReleases.AsNoTracking().Where(r => r.CampaignId == campaign.Id)
                .Select(r => r.DepartmentCode).ToListAsync(cancellationToken)).ToHashSet();
            var all = await calculator.ComputeAllAsync(campaign, null, cancellationToken);
            analyses.AddRange(all.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value, released.Contains(a.Key))));
        }
        else if (StressCheckAccess.IsWelfareOfficer(user))
        {
            var releases = await db.GroupAnalysisReleases.AsNoTracking().Where(r => r.CampaignId == campaign.Id)
                .OrderBy(r => r.DepartmentCode).ThenByDescending(r => r.ReleasedAt).ToListAsync(cancellationToken);
            analyses.AddRange(releases.GroupBy(r => r.DepartmentCode)
                .Select(g => (g.Key, GroupAnalysisCalculator.Deserialize(g.First().Figures), true)));
        }
        else
        {
            audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        LocalizedText[] header =
        [
            new("所属コード", "Department code"), new("受検者数", "Respondents"), new("提供済み", "Released"), new("高ストレス者割合(%)", "High-stress share (%)"),
            .. Scales.All.Select(s => new LocalizedText($"{s.Name.Japanese}（素点平均）", $"{s.Name.English} (mean raw score)")),
            new("量-コントロール判定図 健康リスク", "Health risk: demands and control"), new("職場の支援判定図 健康リスク", "Health risk: workplace support"),
            new("総合健康リスク", "Total health risk"),
        ];
        var rows = analyses.Select(a => (IEnumerable<string>)
        [
            a.Department, Printed.Number(a.Figures.Respondents), Printed.YesNo(a.Released),
            (a.Figures.HighStressShare * 100).ToString("0.0", CultureInfo.InvariantCulture),
            .. a.Figures.MeanRawScores.Select(m => m.ToString("0.00", CultureInfo.InvariantCulture)),
            .. new[] { a.Figures.Combined?.QuantityControlRisk, a.Figures.Combined?.SupportRisk, a.Figures.Combined?.TotalRisk }
                .Select(r => r?.ToString("0", CultureInfo.InvariantCulture) ?? string.Empty),
        ]);
        return CsvWriter.Write(header, rows);
    }
}
