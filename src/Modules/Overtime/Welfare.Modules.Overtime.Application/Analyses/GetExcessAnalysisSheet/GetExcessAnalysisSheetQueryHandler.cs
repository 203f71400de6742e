using System.Globalization;
using MediatR;
using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.Modules.Overtime.Domain.Limits;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Forms;

namespace Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalysisSheet;

internal sealed class GetExcessAnalysisSheetQueryHandler(ExcessAnalysisAccess access, IOvertimeDbContext db) : IRequestHandler<GetExcessAnalysisSheetQuery, PrintedForm>
{
    public async Task<PrintedForm> Handle(GetExcessAnalysisSheetQuery request, CancellationToken cancellationToken)
    {
        var analysis = await access.LoadAsync(request.Id, headOnly: false, "excess-analysis.sheet.read", cancellationToken);
        var people = await db.PeopleAsync([analysis.EmployeeId], new DateOnly(analysis.Year, analysis.Month, 1).AddMonths(1).AddDays(-1), cancellationToken);
        return Sheet(analysis, await db.DepartmentNameAsync(analysis.DepartmentCode, cancellationToken), FormValues.Name(people.GetValueOrDefault(analysis.EmployeeId)));
    }

    // ① is the department the hours were worked in (kept on the analysis), ② the name the directory gives the employee.
    private static PrintedForm Sheet(ExcessAnalysis a, string department, string? name)
    {
        var (limit, countsMonths) = LimitsEngine.Describe(a.Limit);
        string Amount(double value) => countsMonths ? string.Create(CultureInfo.InvariantCulture, $"{value:0}か月") : FormValues.Hours(value);
        return new PrintedForm(string.Empty, "上限時間を超えた時間外勤務の要因の整理・分析・検証記録", $"overtime-excess-analysis-{a.Id}",
        [
            new FormFields("対象職員", [
                new FormField("① 所属部署", department),
                new FormField("② 氏名", name),
                new FormField("職員番号", a.EmployeeId),
            ]),
            new FormFields("③ 上限時間を超えた時間外勤務", [
                new FormField("対象月", FormValues.Month(a.Year, a.Month)),
                new FormField("上限の区分", limit.Japanese),
                new FormField("時間外勤務の時間（月数）", Amount(a.Hours)),
                new FormField("上限時間等", Amount(a.LimitHours)),
            ]),
            new FormFields("要因の整理", [
                new FormField("④ 上限時間を超えた時間外勤務の業務概要", a.WorkSummary),
                new FormField("⑤ 人員配置又は業務分担の見直し等によっても回避できなかった理由", a.WhyUnavoidable),
                new FormField("整理・分析・検証の結果", a.Analysis),
                new FormField("記録者（職員番号）・記録日", a.AnalysedBy is null ? null : $"{a.AnalysedBy}　{FormValues.DateTime(a.AnalysedAt)}"),
            ]),
            new FormFields("時間外勤務の縮減に向けた対策", [
                new FormField("対策の内容", a.Countermeasures),
                new FormField("記録者（職員番号）・記録日", a.CountermeasuresBy is null ? null : $"{a.CountermeasuresBy}　{FormValues.DateTime(a.CountermeasuresAt)}"),
            ]),
            new FormFields(null, [
                new FormField("整理・分析の期限", FormValues.Date(a.DueOn)),
                new FormField("記録の開始", FormValues.DateTime(a.OpenedAt)),
            ]),
            new FormSeals(["所属長", "人事担当課"]),
        ]);
    }
}
