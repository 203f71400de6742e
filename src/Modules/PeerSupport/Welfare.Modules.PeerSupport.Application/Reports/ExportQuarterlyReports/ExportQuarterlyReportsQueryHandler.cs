using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Exports;

namespace Welfare.Modules.PeerSupport.Application.Reports.ExportQuarterlyReports;

internal sealed class ExportQuarterlyReportsQueryHandler(IPeerSupportDbContext db) : IRequestHandler<ExportQuarterlyReportsQuery, byte[]>
{
    public async Task<byte[]> Handle(ExportQuarterlyReportsQuery request, CancellationToken cancellationToken)
    {
        var reports = (await db.QuarterlyReports.AsNoTracking().Where(r => r.FiscalYear == request.FiscalYear && r.Quarter == request.Quarter)
            .OrderBy(r => r.DepartmentCode).ToListAsync(cancellationToken)).Select(QuarterlyReportDto.From).ToList();

        // Work procedures are refused at intake (第2 ただし書), so a report never counts them.
        var categories = Enum.GetValues<ConsultationCategory>().Where(c => c != ConsultationCategory.WorkProcedures).ToList();
        var channels = Enum.GetValues<ConsultationChannel>();
        var outcomes = Enum.GetValues<ConsultationOutcome>();
        var header = new LocalizedText[]
            {
                new("所属コード", "Department code"), new("年度", "Fiscal year"), new("四半期", "Quarter"), new("提出日時", "Submitted at"),
                new("件数", "Cases"), new("緊急案件", "Urgent cases"),
            }
            .Concat(categories.Select(c => Prefixed("分類", "Category", c))).Concat(channels.Select(c => Prefixed("端緒", "Channel", c)))
            .Concat(outcomes.Select(o => Prefixed("処理状況", "Outcome", o)));
        var rows = reports.Select(r => new[]
            {
                r.DepartmentCode, Printed.Number(r.FiscalYear), Printed.Number(r.Quarter), Printed.Time(r.SubmittedAt),
                Printed.Number(r.TotalCases), Printed.Number(r.UrgentCases),
            }
            .Concat(categories.Select(c => Printed.Number(r.ByCategory[c.ToString()])))
            .Concat(channels.Select(c => Printed.Number(r.ByChannel[c.ToString()])))
            .Concat(outcomes.Select(o => Printed.Number(r.ByOutcome[o.ToString()]))));
        return CsvWriter.Write(header, rows);
    }

    private static LocalizedText Prefixed(string japanese, string english, Enum value) =>
        new($"{japanese}:{Labels.Of(value).Japanese}", $"{english}: {Labels.Of(value).English}");
}
