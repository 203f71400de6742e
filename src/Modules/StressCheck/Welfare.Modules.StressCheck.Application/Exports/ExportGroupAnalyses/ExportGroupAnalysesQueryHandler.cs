using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Scoring;
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
        var header = new List<string> { "所属コード", "受検者数", "提供済み", "高ストレス者割合(%)" };
        header.AddRange(Scales.All.Select(s => $"{s.Name.Japanese}（素点平均）"));
        header.AddRange(["量-コントロール判定図 健康リスク", "職場の支援判定図 健康リスク", "総合健康リスク"]);
        var rows = analyses.Select(a =>
        {
            var row = new List<string>
            {
                a.Department, a.Figures.Respondents.ToString(CultureInfo.InvariantCulture), a.Released ? "済" : "未",
                (a.Figures.HighStressShare * 100).ToString("0.0", CultureInfo.InvariantCulture),
            };
            row.AddRange(a.Figures.MeanRawScores.Select(m => m.ToString("0.00", CultureInfo.InvariantCulture)));
            row.AddRange(new[] { a.Figures.Combined?.QuantityControlRisk, a.Figures.Combined?.SupportRisk, a.Figures.Combined?.TotalRisk }
                .Select(r => r?.ToString("0", CultureInfo.InvariantCulture) ?? string.Empty));
            return (IEnumerable<string>)row;
        });
        return CsvWriter.Write(header, rows);
    }
}
