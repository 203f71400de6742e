using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Forms;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetInterviewForm;

/// <summary>
/// A printed form of an employee's interview, to those who see that part of it (<see cref="InterviewViews"/>):
/// <c>request</c> (面接指導申出書, 別記様式第3号) and <c>opinion</c> (医師の意見, 別表第2). Null
/// <see cref="EmployeeId"/>: the caller's own interview, as only they print it.
/// </summary>
public sealed record GetInterviewFormQuery(Guid CampaignId, string? EmployeeId, InterviewForm Form) : IQuery<PrintedForm>;

/// <summary>The printed forms of an interview.</summary>
public enum InterviewForm
{
    /// <summary>面接指導申出書 (別記様式第3号, art. 12).</summary>
    [Label("面接指導申出書（別記様式第3号）", "Interview request (Form 3)")]
    Request,

    /// <summary>面接指導結果報告書及び就業上の措置に係る意見書 (別表第2, art. 17–18).</summary>
    [Label("面接指導結果報告書及び就業上の措置に係る意見書（別表第2）", "Physician's opinion (Table 2)")]
    Opinion,
}
