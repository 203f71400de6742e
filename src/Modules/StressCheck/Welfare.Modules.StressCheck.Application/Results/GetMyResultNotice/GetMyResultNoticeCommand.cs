using Welfare.SharedKernel.Application.Forms;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Results.GetMyResultNotice;

/// <summary>
/// The caller's result as the printed notice (seed 004 art. 11: 実施結果の通知), with the radar chart. Like the
/// result itself, only its employee prints it and the first read is the notification.
/// </summary>
public sealed record GetMyResultNoticeCommand(Guid CampaignId) : ICommand<PrintedForm>;
