using System.Globalization;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Forms;

namespace Welfare.Modules.StressCheck.Application.Interviews;

/// <summary>The printed forms of seed 004 for an interview, filled from what the caller may see of it.</summary>
internal static class InterviewForms
{
    /// <summary>The employee as the directory names them today (null fields when it no longer does), and the physician who gave the opinion.</summary>
    public sealed record Person(string EmployeeId, DirectoryPerson? Employee, DirectoryPerson? Physician)
    {
        public string? Department => Employee?.DepartmentName;

        public string? Name => FormValues.Name(Employee);
    }

    /// <summary>別記様式第3号: the employee asks for an interview and consents to the result going to the employer (art. 12).</summary>
    public static PrintedForm Request(Guid campaignId, Person person, InterviewDto interview) =>
        new("別記様式第3号（第12条関係）", "面接指導申出書", $"stress-check-interview-request-{campaignId}-{person.EmployeeId}",
        [
            new FormDate("申出日", FormValues.Date(SharedKernel.JapanTime.DayOf(interview.RequestedAt!.Value))),
            new FormAddress("事業者", []),
            new FormParagraph("ストレスチェックの結果、医師による面接指導の対象者に該当したため、面接指導を申し出ます。" +
                "あわせて、面接指導の実施に必要な範囲で、ストレスチェックの結果を事業者に提供することに同意します。"),
            new FormFields("申出者", [
                new FormField("所属", person.Department),
                new FormField("職員番号", person.EmployeeId),
                new FormField("氏名", person.Name),
                new FormField("連絡先（電話・内線）", null),
            ]),
            new FormChoice("申出の経緯", ["本人の申出", "実施者の勧奨による申出"], interview.RecommendedAt is null ? "本人の申出" : "実施者の勧奨による申出"),
            new FormBlank("面接指導の希望日時・その他の希望事項", 3),
            new FormParagraph("※ この申出書は、ストレスチェックの実施結果及び同意書とともに提出してください（第12条）。申出書の記載は、本人の意思により行ってください。"),
        ]);

    /// <summary>別表第2: the physician's opinion on work (art. 17) and the employer's decision after hearing the employee (art. 18).</summary>
    public static PrintedForm Opinion(Guid campaignId, Person person, InterviewDto interview)
    {
        var opinion = interview.Opinion!;
        List<FormPart> parts =
        [
            new FormDate("意見日", FormValues.Date(SharedKernel.JapanTime.DayOf(opinion.IssuedAt))),
            new FormFields("対象者", [
                new FormField("所属", person.Department),
                new FormField("職員番号", person.EmployeeId),
                new FormField("氏名", person.Name),
                new FormField("面接指導日", FormValues.Date(interview.Record?.HeldOn)),
            ]),
            new FormChoice("就業区分", [.. Enum.GetValues<WorkCategory>().Select(c => Labels.Of(c).Japanese)], Labels.Of(opinion.WorkCategory).Japanese),
            new FormFields("就業上の措置", [
                new FormField("時間外労働の制限", opinion.OvertimeCapHours is { } cap ? string.Create(CultureInfo.InvariantCulture, $"月{cap}時間まで") : "なし"),
                new FormField("時間外労働の禁止", FormValues.Flag(opinion.OvertimeForbidden)),
                new FormField("就業時間の短縮", FormValues.Flag(opinion.ShortenedHours)),
                new FormField("深夜業の禁止", FormValues.Flag(opinion.NoNightWork)),
                new FormField("その他の措置", opinion.OtherMeasures ?? "なし"),
                new FormField("措置期間", opinion.ValidTo is { } to ? FormValues.Period(opinion.ValidFrom, to) : $"{FormValues.Date(opinion.ValidFrom)}から"),
            ]),
            new FormFields("職場環境の改善に関する意見", [
                new FormField("業務負担の軽減等", opinion.WorkloadMeasures ?? "なし"),
                new FormField("職場の人間関係の調整等", opinion.HumanRelationsMeasures ?? "なし"),
            ]),
            new FormFields("意見を述べた医師", [
                new FormField("医師氏名", FormValues.Name(person.Physician)),
                new FormField("職員番号", opinion.IssuedBy),
            ]),
        ];
        if (interview.Decision is { } decision)
        {
            parts.Add(new FormFields("事業者が講じる措置（第18条）", [
                new FormField("措置の内容", decision.Measures),
                new FormField("本人の意見", decision.EmployeeOpinion),
                new FormField("決定日", FormValues.Date(SharedKernel.JapanTime.DayOf(decision.DecidedAt))),
            ]));
        }

        parts.Add(new FormSeals(["所属長", "健康管理担当", "医師"]));
        return new PrintedForm("別表第2", "面接指導結果報告書及び就業上の措置に係る意見書", $"stress-check-physician-opinion-{campaignId}-{person.EmployeeId}", parts);
    }
}
