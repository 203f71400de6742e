using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Results.GetMyResultChart;

/// <summary>The caller's result as a radar chart (SVG). Like the result itself, the first read is the notification.</summary>
public sealed record GetMyResultChartCommand(Guid CampaignId) : ICommand<string>;
