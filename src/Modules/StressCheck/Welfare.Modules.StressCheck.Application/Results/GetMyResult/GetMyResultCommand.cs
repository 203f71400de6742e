using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Results.GetMyResult;

/// <summary>The caller's own result. Reading it for the first time is the notification; it is stored, so this is a command.</summary>
public sealed record GetMyResultCommand(Guid CampaignId) : ICommand<ResultDto>;
