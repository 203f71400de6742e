using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Exports;

namespace Welfare.Modules.PeerSupport.Application.Reports.ExportQuarterlyReports;

internal sealed class ExportQuarterlyReportsQueryHandler(IPeerSupportDbContext db) : IRequestHandler<ExportQuarterlyReportsQuery, byte[]>
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        [nameof(ConsultationCategory.WorkplaceRelationships)] = "職場の人間関係",
        [nameof(ConsultationCategory.WorkingEnvironment)] = "勤務環境",
        [nameof(ConsultationCategory.Family)] = "家族",
        [nameof(ConsultationCategory.Relatives)] = "親族",
        [nameof(ConsultationCategory.Health)] = "健康",
        [nameof(ConsultationCategory.Childcare)] = "子育て",
        [nameof(ConsultationCategory.Education)] = "教育",
        [nameof(ConsultationCategory.Care)] = "介護",
        [nameof(ConsultationCategory.Relationships)] = "異性",
        [nameof(ConsultationCategory.Housing)] = "住宅",
        [nameof(ConsultationCategory.Money)] = "金銭",
        [nameof(ConsultationCategory.Other)] = "その他",
        [nameof(ConsultationChannel.Request)] = "相談の申出",
        [nameof(ConsultationChannel.Outreach)] = "気付き・声掛け",
        [nameof(ConsultationOutcome.Ongoing)] = "継続中",
        [nameof(ConsultationOutcome.Resolved)] = "解決",
        [nameof(ConsultationOutcome.Referred)] = "取次ぎ・紹介",
        [nameof(ConsultationOutcome.Escalated)] = "上申",
    };

    public async Task<byte[]> Handle(ExportQuarterlyReportsQuery request, CancellationToken cancellationToken)
    {
        var reports = (await db.QuarterlyReports.AsNoTracking().Where(r => r.FiscalYear == request.FiscalYear && r.Quarter == request.Quarter)
            .OrderBy(r => r.DepartmentCode).ToListAsync(cancellationToken)).Select(QuarterlyReportDto.From).ToList();
        var categories = Enum.GetNames<ConsultationCategory>().Where(n => n != nameof(ConsultationCategory.WorkProcedures)).ToList();
        var channels = Enum.GetNames<ConsultationChannel>();
        var outcomes = Enum.GetNames<ConsultationOutcome>();
        var header = new[] { "所属コード", "年度", "四半期", "提出日時", "件数", "緊急案件" }
            .Concat(categories.Select(c => $"分類:{Labels[c]}")).Concat(channels.Select(c => $"端緒:{Labels[c]}")).Concat(outcomes.Select(o => $"処理状況:{Labels[o]}"));
        var rows = reports.Select(r => new[]
            {
                r.DepartmentCode, Number(r.FiscalYear), Number(r.Quarter),
                r.SubmittedAt.ToOffset(Welfare.SharedKernel.JapanTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Number(r.TotalCases), Number(r.UrgentCases),
            }
            .Concat(categories.Select(c => Number(r.ByCategory[c]))).Concat(channels.Select(c => Number(r.ByChannel[c]))).Concat(outcomes.Select(o => Number(r.ByOutcome[o]))));
        return CsvWriter.Write(header, rows);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
