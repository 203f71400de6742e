using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Exports;

namespace Welfare.Modules.ReturnToWork.Application.Forms.GetForm;

internal sealed class GetFormQueryHandler(IReturnToWorkDbContext db, PreReturnAccess access, IAuditTrail audit) : IRequestHandler<GetFormQuery, FormDto>
{
    private const string Action = "pre-return.form.read";

    private static readonly Dictionary<PreReturnForm, (string Name, string Part)> Forms = new()
    {
        [PreReturnForm.Application] = ("application", "application"),
        [PreReturnForm.Certificate] = ("certificate", "certificate"),
        [PreReturnForm.Plan] = ("plan", "plan"),
        [PreReturnForm.DecisionNotice] = ("decision-notice", "decision"),
        [PreReturnForm.DailyLog] = ("daily-log", "logs"),
        [PreReturnForm.ChangeRequest] = ("change-request", "changeRequests"),
        [PreReturnForm.ResultReport] = ("result-report", "result"),
    };

    private static readonly LocalizedText EmployeeId = new("職員番号", "Employee ID");
    private static readonly LocalizedText Department = new("所属", "Department");
    private static readonly LocalizedText AttendingPhysician = new("主治医氏名", "Attending physician");
    private static readonly LocalizedText Institution = new("医療機関", "Medical institution");
    private static readonly LocalizedText StartOn = new("実施期間(開始)", "First day");
    private static readonly LocalizedText EndOn = new("実施期間(終了)", "Last day");
    private static readonly LocalizedText Place = new("実施場所", "Place");
    private static readonly LocalizedText Tasks = new("実施内容", "Tasks");
    private static readonly LocalizedText TaskDetails = new("作業の詳細", "Task details");
    private static readonly LocalizedText Start = new("開始時刻", "Start");
    private static readonly LocalizedText End = new("終了時刻", "End");
    private static readonly LocalizedText Remarks = new("備考", "Remarks");
    private static readonly LocalizedText DecidedOn = new("決定日", "Decided on");

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
        return new FormDto((int)request.Form, form.Name, Printed.Label(request.Form), [.. columns.Select(c => new FormColumn(c.Key, Printed.Text(c.Label)))], rows);
    }

    private static string N(int? value) => Printed.Number(value);

    private static string T(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string TaskList(IEnumerable<PlanTask> tasks) => string.Join(" / ", tasks.Select(t => Printed.Label(t)));

    private static Table Single(params (string Key, LocalizedText Label, string? Value)[] fields) =>
        new([.. fields.Select(f => (f.Key, f.Label))], [[.. fields.Select(f => f.Value)]]);

    private static Table Application(PreReturn c) => c.Application is not { } a ? Table.Empty : Single(
        ("employeeId", EmployeeId, c.EmployeeId), ("departmentCode", Department, c.DepartmentCode),
        ("attendingPhysicianName", AttendingPhysician, a.AttendingPhysician.Name), ("attendingPhysicianInstitution", Institution, a.AttendingPhysician.Institution),
        ("wishedStartOn", new("希望する実施開始日", "Wished first day"), Printed.Date(a.WishedStartOn)),
        ("consentedToConditionsAt", new("実施の条件の承諾", "Conditions accepted at"), Printed.Time(a.ConsentedToConditionsAt)),
        ("familyName", new("同意した家族の氏名", "Consenting family member"), a.FamilyConsent.Name),
        ("familyRelationship", new("続柄", "Relationship"), a.FamilyConsent.Relationship),
        ("noFamily", new("家族がいない(所属長が適任と認める者)", "No family (a person the department head deems suitable)"), Printed.YesNo(a.FamilyConsent.NoFamily)),
        ("acceptedBy", new("所属長の承認", "Accepted by the department head"), a.FamilyConsent.AcceptedBy),
        ("submittedAt", new("申出日時", "Submitted at"), Printed.Time(a.SubmittedAt)));

    private async Task<Table> CertificateAsync(PreReturn c, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().Where(x => x.PreReturnId == c.Id)
            .Select(x => new { x.ContentType, x.Size, x.Sha256, x.UploadedAt }).FirstOrDefaultAsync(cancellationToken);
        return certificate is null ? Table.Empty : Single(
            ("employeeId", EmployeeId, c.EmployeeId), ("attendingPhysicianName", AttendingPhysician, c.Application?.AttendingPhysician.Name),
            ("attendingPhysicianInstitution", Institution, c.Application?.AttendingPhysician.Institution),
            ("contentType", new("ファイルの種類", "File type"), certificate.ContentType), ("size", new("サイズ(バイト)", "Size (bytes)"), Printed.Number(certificate.Size)),
            ("sha256", new("SHA-256", "SHA-256"), certificate.Sha256), ("uploadedAt", new("提出日時", "Uploaded at"), Printed.Time(certificate.UploadedAt)),
            ("file", new("ファイル", "File"), $"/api/v1/return-to-work/pre-returns/{c.Id}/certificate"));
    }

    private static Table Plan(PreReturnPlan? p) => p is null ? Table.Empty : new(
        [("version", new("版", "Version")), ("startOn", StartOn), ("endOn", EndOn), ("weeks", new("週数", "Weeks")), ("place", Place),
            ("placeChangeReason", new("場所変更の理由", "Why the place changed")), ("tasks", Tasks), ("taskDetails", TaskDetails),
            ("considerations", new("配慮事項", "Considerations")), ("week", new("週", "Week")), ("start", Start), ("end", End),
            ("daysPerWeek", new("日数", "Days per week")), ("dailyHours", new("1日の時間", "Hours per day"))],
        [.. p.Schedule.OrderBy(w => w.Week).Select(w => (IReadOnlyList<string?>)
        [
            N(p.Version), Printed.Date(p.StartOn), Printed.Date(p.EndOn), N(p.Weeks), p.PlaceDepartmentCode,
            p.PlaceChangeReason is null ? null : $"{Printed.Label(p.PlaceChangeReason)}: {p.PlaceChangeExplanation}", TaskList(p.Tasks), p.TaskDetails, p.Considerations,
            N(w.Week), T(w.Start), T(w.End), N(w.DaysPerWeek), w.DailyHours.ToString("0.##", CultureInfo.InvariantCulture),
        ])]);

    private static Table Decision(PreReturn c) => c.Decision is not { } d ? Table.Empty : Single(
        ("employeeId", EmployeeId, c.EmployeeId), ("departmentCode", Department, c.DepartmentCode),
        ("approved", new("実施の可否", "Decision"), Printed.Text(d.Approved ? new("実施する", "Approved") : new("実施しない", "Not approved"))),
        ("decidedOn", DecidedOn, Printed.Date(d.DecidedOn)), ("startOn", StartOn, Printed.Date(c.Plan?.StartOn)), ("endOn", EndOn, Printed.Date(c.Plan?.EndOn)),
        ("place", Place, c.Plan?.PlaceDepartmentCode), ("remarks", Remarks, d.Remarks), ("directorId", new("決定者", "Decided by"), d.DirectorId));

    private static Table Logs(PreReturn c) => new(
        [("employeeId", EmployeeId), ("date", new("月日", "Date")), ("start", Start), ("end", End), ("tasks", Tasks), ("taskDetails", TaskDetails),
            ("condition", new("体調", "Condition")), ("remarks", new("所感", "Impressions")), ("reviewedBy", new("支援担当者確認", "Checked by the support officer")),
            ("report", new("支援担当者の報告", "Support officer's report"))],
        [.. c.Logs.OrderBy(l => l.Date).Select(l => (IReadOnlyList<string?>)
        [
            c.EmployeeId, Printed.Date(l.Date), T(l.Start), T(l.End), TaskList(l.Tasks), l.TaskDetails, Printed.Label(l.Condition), l.Remarks, l.Review?.ReviewedBy, l.Review?.Report,
        ])]);

    private static Table Change(PreReturn c, Guid? requestId)
    {
        var r = requestId is null ? c.ChangeRequests.LastOrDefault() : c.ChangeRequests.FirstOrDefault(x => x.Id == requestId);
        return r is null ? Table.Empty : Single(
            ("id", new("申請番号", "Request ID"), r.Id.ToString()), ("employeeId", EmployeeId, c.EmployeeId), ("kind", new("変更・中止の別", "Change or cancellation"), Printed.Label(r.Kind)),
            ("reason", new("理由", "Reason"), Printed.Label(r.Reason)), ("explanation", new("内容", "Explanation"), r.Explanation),
            ("newEndOn", new("変更後の実施期間(終了)", "New last day"), Printed.Date(r.NewPlan?.EndOn)), ("requestedAt", new("申請日時", "Requested at"), Printed.Time(r.RequestedAt)),
            ("physicianOpinion", new("健康管理医の意見", "Occupational physician's opinion"), r.Opinion?.Opinion),
            ("approved", new("決定", "Approved"), Printed.YesNo(r.Decision?.Approved)), ("decidedOn", DecidedOn, Printed.Date(r.Decision?.DecidedOn)),
            ("participantInformedAt", new("本人への連絡", "Participant informed at"), Printed.Time(r.ParticipantInformedAt)));
    }

    private static Table Result(PreReturn c) => c.Result is not { } r ? Table.Empty : Single(
        ("employeeId", EmployeeId, c.EmployeeId), ("departmentCode", Department, c.DepartmentCode), ("outcome", new("結果", "Outcome"), Printed.Label(r.Outcome)),
        ("startOn", StartOn, Printed.Date(c.Plan?.StartOn)), ("endedOn", EndOn, Printed.Date(r.EndedOn)), ("returnOn", new("復帰・復職日", "Return day"), Printed.Date(r.ReturnOn)),
        ("logDays", new("実施日数", "Days attended"), N(c.Logs.Count)), ("interviews", new("健康管理医の面接回数", "Interviews with the occupational physician"), N(c.Interviews.Count)),
        ("summary", new("実施状況", "Summary"), r.Summary),
        ("recommendedRestrictionMonths", new("復帰後の就業制限(月)", "Restricted work after the return (months)"), N(r.RecommendedRestrictionMonths)),
        ("attendingPhysicianInformedOn", new("主治医への連絡日", "Attending physician informed on"), Printed.Date(r.AttendingPhysicianInformedOn)),
        ("reportedAt", new("報告日時", "Reported at"), Printed.Time(r.ReportedAt)));

    private sealed record Table(IReadOnlyList<(string Key, LocalizedText Label)> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)
    {
        public static readonly Table Empty = new([], []);
    }
}
