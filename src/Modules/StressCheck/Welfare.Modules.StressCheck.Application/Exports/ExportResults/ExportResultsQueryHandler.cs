using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.Results;
using Welfare.Modules.StressCheck.Domain.Scoring;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Exports;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Exports.ExportResults;

internal sealed class ExportResultsQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, ResultDisclosure disclosure)
    : IRequestHandler<ExportResultsQuery, byte[]>
{
    public async Task<byte[]> Handle(ExportResultsQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, ResultDisclosure.Action, cancellationToken);
        var viewer = await disclosure.ViewerAsync(campaign, cancellationToken);
        var results = await db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.IsLatest)
            .OrderBy(s => s.DepartmentCode).ThenBy(s => s.EmployeeId).ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking().Where(c => c.CampaignId == campaign.Id && c.WithdrawnAt == null)
            .ToDictionaryAsync(c => c.EmployeeId, cancellationToken);

        var header = new List<string> { "職員番号", "所属コード", "開示範囲", "高ストレス", "受検日時", "A 仕事のストレス要因", "B 心身のストレス反応", "C 周囲のサポート" };
        header.AddRange(Scales.All.Select(s => $"{s.Name.Japanese}（5段階）"));
        var rows = results
            .Select(r => disclosure.Disclose(campaign, viewer, r, consents.GetValueOrDefault(r.EmployeeId)))
            .OfType<DisclosedResultDto>()
            .Select(d =>
            {
                var row = new List<string>
                {
                    d.EmployeeId, d.DepartmentCode, d.Disclosure == Disclosure.Full ? "結果全体" : "高ストレス・面接指導要否のみ",
                    d.HighStress ? "該当（面接指導の対象）" : "非該当",
                    d.SubmittedAt?.ToOffset(JapanTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
                    Number(d.DomainA), Number(d.DomainB), Number(d.DomainC),
                };
                row.AddRange(d.Scales?.Select(s => s.Level.ToString(CultureInfo.InvariantCulture)) ?? Enumerable.Repeat(string.Empty, Scales.All.Count));
                return (IEnumerable<string>)row;
            });
        return CsvWriter.Write(header, rows);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
