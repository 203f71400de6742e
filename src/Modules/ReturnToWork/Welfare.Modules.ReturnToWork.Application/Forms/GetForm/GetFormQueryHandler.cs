using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.ReturnToWork.Application.Forms.GetForm;

internal sealed class GetFormQueryHandler(IReturnToWorkDbContext db, PreReturnAccess access, IAuditTrail audit) : IRequestHandler<GetFormQuery, FormDto>
{
    private const string Action = "pre-return.form.read";

    private static readonly Dictionary<PreReturnForm, (int Number, string Name, string Part, string Title)> Forms = new()
    {
        [PreReturnForm.Application] = (1, "application", "application", "プレリターン実施申出書"),
        [PreReturnForm.Certificate] = (2, "certificate", "certificate", "診断書"),
        [PreReturnForm.Plan] = (3, "plan", "plan", "プレリターン実施計画書"),
        [PreReturnForm.DecisionNotice] = (4, "decision-notice", "decision", "プレリターン実施通知書"),
        [PreReturnForm.DailyLog] = (5, "daily-log", "logs", "プレリターン日誌"),
        [PreReturnForm.ChangeRequest] = (6, "change-request", "changeRequests", "プレリターン変更(中止)申請書"),
        [PreReturnForm.ResultReport] = (7, "result-report", "result", "プレリターン結果報告書"),
    };

    public async Task<FormDto> Handle(GetFormQuery request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.LoadAsync(request.PreReturnId, Action, track: false, cancellationToken);
        var form = Forms[request.Form];

        if (!relation.Sees(form.Part))
        {
            audit.Record(Action, PreReturnAccess.RecordType, found.Id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("Form", $"{found.Id}/{form.Name}");
        }

        var (columns, rows) = request.Form switch
        {
            PreReturnForm.Application => Application(found),
            PreReturnForm.Certificate => await CertificateAsync(found, cancellationToken),
            PreReturnForm.Plan => Plan(found.Plan),
            PreReturnForm.DecisionNotice => Decision(found),
            PreReturnForm.DailyLog => Logs(found),
            PreReturnForm.ChangeRequest => Change(found, request.RequestId),
            _ => Result(found),
        };
        if (rows.Count == 0)
        {
            throw new NotFoundException("Form", $"{found.Id}/{form.Name}");
        }

        audit.Record(Action, PreReturnAccess.RecordType, found.Id.ToString(), AuditOutcome.Allowed);
        return new FormDto(form.Number, form.Name, form.Title, [.. columns.Select(c => new FormColumn(c.Key, c.Label))], rows);
    }

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string T(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string At(DateTimeOffset? t) => t?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string B(bool b) => b ? "はい" : "いいえ";

    private static Table Single(params (string Key, string Label, string? Value)[] fields) =>
        new([.. fields.Select(f => (f.Key, f.Label))], [[.. fields.Select(f => f.Value)]]);

    private static Table Application(PreReturn c) => c.Application is not { } a ? Table.Empty : Single(
        ("employeeId", "職員番号", c.EmployeeId), ("departmentCode", "所属", c.DepartmentCode),
        ("attendingPhysicianName", "主治医氏名", a.AttendingPhysician.Name), ("attendingPhysicianInstitution", "医療機関", a.AttendingPhysician.Institution),
        ("wishedStartOn", "希望する実施開始日", D(a.WishedStartOn)), ("consentedToConditionsAt", "実施の条件の承諾", At(a.ConsentedToConditionsAt)),
        ("familyName", "同意した家族の氏名", a.FamilyConsent.Name), ("familyRelationship", "続柄", a.FamilyConsent.Relationship),
        ("noFamily", "家族がいない(所属長が適任と認める者)", B(a.FamilyConsent.NoFamily)), ("acceptedBy", "所属長の承認", a.FamilyConsent.AcceptedBy),
        ("submittedAt", "申出日時", At(a.SubmittedAt)));

    private async Task<Table> CertificateAsync(PreReturn c, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().Where(x => x.PreReturnId == c.Id)
            .Select(x => new { x.ContentType, x.Size, x.Sha256, x.UploadedAt }).FirstOrDefaultAsync(cancellationToken);
        return certificate is null ? Table.Empty : Single(
            ("employeeId", "職員番号", c.EmployeeId), ("attendingPhysicianName", "主治医氏名", c.Application?.AttendingPhysician.Name),
            ("attendingPhysicianInstitution", "医療機関", c.Application?.AttendingPhysician.Institution), ("contentType", "ファイルの種類", certificate.ContentType),
            ("size", "サイズ(バイト)", certificate.Size.ToString(CultureInfo.InvariantCulture)), ("sha256", "SHA-256", certificate.Sha256),
            ("uploadedAt", "提出日時", At(certificate.UploadedAt)), ("file", "ファイル", $"/api/v1/return-to-work/pre-returns/{c.Id}/certificate"));
    }

    private static Table Plan(PreReturnPlan? p) => p is null ? Table.Empty : new(
        [("version", "版"), ("startOn", "実施期間(開始)"), ("endOn", "実施期間(終了)"), ("weeks", "週数"), ("place", "実施場所"), ("placeChangeReason", "場所変更の理由"),
            ("tasks", "実施内容"), ("taskDetails", "作業の詳細"), ("considerations", "配慮事項"), ("week", "週"), ("start", "開始時刻"), ("end", "終了時刻"),
            ("daysPerWeek", "日数"), ("dailyHours", "1日の時間")],
        [.. p.Schedule.OrderBy(w => w.Week).Select(w => (IReadOnlyList<string?>)
        [
            p.Version.ToString(CultureInfo.InvariantCulture), D(p.StartOn), D(p.EndOn), p.Weeks.ToString(CultureInfo.InvariantCulture), p.PlaceDepartmentCode,
            p.PlaceChangeReason is null ? null : $"{p.PlaceChangeReason}: {p.PlaceChangeExplanation}", string.Join(" / ", p.Tasks), p.TaskDetails, p.Considerations,
            w.Week.ToString(CultureInfo.InvariantCulture), T(w.Start), T(w.End), w.DaysPerWeek.ToString(CultureInfo.InvariantCulture), w.DailyHours.ToString("0.##", CultureInfo.InvariantCulture),
        ])]);

    private static Table Decision(PreReturn c) => c.Decision is not { } d ? Table.Empty : Single(
        ("employeeId", "職員番号", c.EmployeeId), ("departmentCode", "所属", c.DepartmentCode), ("approved", "実施の可否", d.Approved ? "実施する" : "実施しない"),
        ("decidedOn", "決定日", D(d.DecidedOn)), ("startOn", "実施期間(開始)", D(c.Plan?.StartOn)), ("endOn", "実施期間(終了)", D(c.Plan?.EndOn)),
        ("place", "実施場所", c.Plan?.PlaceDepartmentCode), ("remarks", "備考", d.Remarks), ("directorId", "決定者", d.DirectorId));

    private static Table Logs(PreReturn c) => new(
        [("employeeId", "職員番号"), ("date", "月日"), ("start", "開始時刻"), ("end", "終了時刻"), ("tasks", "実施内容"), ("taskDetails", "作業の詳細"), ("condition", "体調"),
            ("remarks", "所感"), ("reviewedBy", "支援担当者確認"), ("report", "支援担当者の報告")],
        [.. c.Logs.OrderBy(l => l.Date).Select(l => (IReadOnlyList<string?>)
        [
            c.EmployeeId, D(l.Date), T(l.Start), T(l.End), string.Join(" / ", l.Tasks), l.TaskDetails, l.Condition.ToString(), l.Remarks, l.Review?.ReviewedBy, l.Review?.Report,
        ])]);

    private static Table Change(PreReturn c, Guid? requestId)
    {
        var r = requestId is null ? c.ChangeRequests.LastOrDefault() : c.ChangeRequests.FirstOrDefault(x => x.Id == requestId);
        return r is null ? Table.Empty : Single(
            ("id", "申請番号", r.Id.ToString()), ("employeeId", "職員番号", c.EmployeeId), ("kind", "変更・中止の別", r.Kind == ChangeKind.Change ? "変更" : "中止"),
            ("reason", "理由", r.Reason.ToString()), ("explanation", "内容", r.Explanation), ("newEndOn", "変更後の実施期間(終了)", D(r.NewPlan?.EndOn)),
            ("requestedAt", "申請日時", At(r.RequestedAt)), ("physicianOpinion", "健康管理医の意見", r.Opinion?.Opinion),
            ("approved", "決定", r.Decision is null ? null : B(r.Decision.Approved)), ("decidedOn", "決定日", D(r.Decision?.DecidedOn)),
            ("participantInformedAt", "本人への連絡", At(r.ParticipantInformedAt)));
    }

    private static Table Result(PreReturn c) => c.Result is not { } r ? Table.Empty : Single(
        ("employeeId", "職員番号", c.EmployeeId), ("departmentCode", "所属", c.DepartmentCode), ("outcome", "結果", r.Outcome == PreReturnOutcome.Completed ? "終了" : "中止"),
        ("startOn", "実施期間(開始)", D(c.Plan?.StartOn)), ("endedOn", "実施期間(終了)", D(r.EndedOn)), ("returnOn", "復帰・復職日", D(r.ReturnOn)),
        ("logDays", "実施日数", c.Logs.Count.ToString(CultureInfo.InvariantCulture)), ("interviews", "健康管理医の面接回数", c.Interviews.Count.ToString(CultureInfo.InvariantCulture)),
        ("summary", "実施状況", r.Summary), ("recommendedRestrictionMonths", "復帰後の就業制限(月)", r.RecommendedRestrictionMonths?.ToString(CultureInfo.InvariantCulture)),
        ("attendingPhysicianInformedOn", "主治医への連絡日", D(r.AttendingPhysicianInformedOn)), ("reportedAt", "報告日時", At(r.ReportedAt)));

    private sealed record Table(IReadOnlyList<(string Key, string Label)> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)
    {
        public static readonly Table Empty = new([], []);
    }
}
