using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Forms.GetForm;

/// <summary>
/// One numbered form of a case: <c>application</c> (1), <c>certificate</c> (2), <c>plan</c> (3),
/// <c>decision-notice</c> (4), <c>daily-log</c> (5), <c>change-request</c> (6, the latest or
/// <see cref="RequestId"/>), <c>result-report</c> (7); only for those who see that part of the case.
/// </summary>
public sealed record GetFormQuery(Guid PreReturnId, PreReturnForm Form, Guid? RequestId) : IQuery<FormDto>;

/// <summary>The numbered forms of the rules (別記様式第1号–第7号), in their order.</summary>
public enum PreReturnForm
{
    [Label("プレリターン実施申出書", "Pre-return application")]
    Application = 1,
    [Label("診断書", "Medical certificate")]
    Certificate,
    [Label("プレリターン実施計画書", "Pre-return plan")]
    Plan,
    [Label("プレリターン実施通知書", "Pre-return decision notice")]
    DecisionNotice,
    [Label("プレリターン日誌", "Pre-return daily log")]
    DailyLog,
    [Label("プレリターン変更(中止)申請書", "Pre-return change (cancellation) request")]
    ChangeRequest,
    [Label("プレリターン結果報告書", "Pre-return result report")]
    ResultReport,
}
