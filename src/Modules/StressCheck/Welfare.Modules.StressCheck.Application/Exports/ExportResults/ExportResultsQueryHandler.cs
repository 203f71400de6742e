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
    private static readonly LocalizedText HighStress = new("該当（面接指導の対象）", "Yes (eligible for an interview)");
    private static readonly LocalizedText NotHighStress = new("非該当", "No");

    public async Task<byte[]> Handle(ExportResultsQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, ResultDisclosure.Action, cancellationToken);
        var viewer = await disclosure.ViewerAsync(campaign, cancellationToken);
        var results = await db.Submissions.AsNoTracking()
            .Where(s => s.CampaignId == campaign.Id && s.IsLatest && (request.Department == null || s.DepartmentCode == request.Department)
                && (request.HighStress == null || s.HighStress == request.HighStress))
            .OrderBy(s => s.DepartmentCode).ThenBy(s => s.EmployeeId).ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking().Where(c => c.CampaignId == campaign.Id && c.WithdrawnAt == null)
            .ToDictionaryAsync(c => c.EmployeeId, cancellationToken);

        LocalizedText[] header =
        [
            new("職員番号", "Employee ID"), new("所属コード", "Department code"), new("開示範囲", "Disclosure"), new("高ストレス", "High stress"),
            new("受検日時", "Submitted at"), new("A 仕事のストレス要因", "A Job stressors"), new("B 心身のストレス反応", "B Stress reactions"),
            new("C 周囲のサポート", "C Social support"),
            .. Scales.All.Select(s => new LocalizedText($"{s.Name.Japanese}（5段階）", $"{s.Name.English} (level 1-5)")),
        ];
        var rows = results
            .Select(r => disclosure.Disclose(campaign, viewer, r, consents.GetValueOrDefault(r.EmployeeId)))
            .OfType<DisclosedResultDto>()
            .Select(d => (IEnumerable<string>)
            [
                d.EmployeeId, d.DepartmentCode, Printed.Label(d.Disclosure), Printed.Text(d.HighStress ? HighStress : NotHighStress), Printed.Time(d.SubmittedAt),
                Printed.Number(d.DomainA), Printed.Number(d.DomainB), Printed.Number(d.DomainC),
                .. d.Scales?.Select(s => Printed.Number(s.Level)) ?? Enumerable.Repeat(string.Empty, Scales.All.Count),
            ]);
        return CsvWriter.Write(header, rows);
    }
}
