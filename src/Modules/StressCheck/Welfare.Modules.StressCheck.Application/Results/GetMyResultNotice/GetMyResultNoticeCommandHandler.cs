using MediatR;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.Modules.StressCheck.Domain.Scoring;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Forms;

namespace Welfare.Modules.StressCheck.Application.Results.GetMyResultNotice;

internal sealed class GetMyResultNoticeCommandHandler(MyResultLoader loader, IStressCheckDbContext db) : IRequestHandler<GetMyResultNoticeCommand, PrintedForm>
{
    public async Task<PrintedForm> Handle(GetMyResultNoticeCommand request, CancellationToken cancellationToken)
    {
        var submission = await loader.LoadAndNotifyAsync(request.CampaignId, "result.notice.read", cancellationToken);
        var department = await db.DepartmentNameAsync(submission.DepartmentCode, cancellationToken);
        var people = await db.PeopleAsync([submission.EmployeeId], JapanTime.DayOf(submission.SubmittedAt), cancellationToken);
        return Notice(submission, department, FormValues.Name(people.GetValueOrDefault(submission.EmployeeId)));
    }

    private static PrintedForm Notice(Submission s, string department, string? name) =>
        new(string.Empty, "ストレスチェック結果のお知らせ", $"stress-check-result-{s.CampaignId}",
        [
            new FormDate("通知日", FormValues.Date(JapanTime.DayOf(s.NotifiedAt!.Value))),
            new FormAddress(null, ["ストレスチェック実施者"]),
            // Art. 11(3): only the employee learns the result; the notice says so where it is read.
            new FormParagraph("この通知は、受検されたご本人だけにお知らせするものです。ご本人の同意なく、結果が事業者に提供されることはありません。"),
            new FormFields("受検者", [
                new FormField("所属", department),
                new FormField("職員番号", s.EmployeeId),
                new FormField("氏名", name),
                new FormField("受検日時", FormValues.DateTime(s.SubmittedAt)),
            ]),
            new FormFields("判定", [
                new FormField("評価方法", Labels.Of(s.Method).Japanese),
                new FormField("仕事のストレス要因（領域A）", s.DomainA.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new FormField("心身のストレス反応（領域B）", s.DomainB.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new FormField("周囲のサポート（領域C）", s.DomainC.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new FormField("高ストレス者の判定", s.HighStress ? "高ストレス者に該当します" : "高ストレス者に該当しません"),
                new FormField("面接指導", s.HighStress
                    ? "実施者（医師）による面接指導を申し出ることができます。申し出るときは、この結果、面接指導申出書（別記様式第3号）及び同意書を提出してください。"
                    : "面接指導の対象ではありません。心配なことがあれば、実施者や相談窓口にご相談ください。"),
            ]),
            new FormFigure(null, RadarChart.Draw(s)),
            new FormTable("尺度ごとの評価（5段階：5 がストレスの少ない状態、1 がストレスの多い状態）", ["領域", "尺度", "評価点"],
                [.. Scales.All.Select((scale, i) => (IReadOnlyList<string?>)[Labels.Of(scale.Section).Japanese, scale.Name.Japanese, s.Levels[i].ToString(System.Globalization.CultureInfo.InvariantCulture)])],
                Aggregated: true),
        ]);
}
