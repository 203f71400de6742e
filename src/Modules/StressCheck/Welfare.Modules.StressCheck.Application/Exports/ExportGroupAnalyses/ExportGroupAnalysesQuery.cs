using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Exports.ExportGroupAnalyses;

/// <summary>CSV of group analyses: every department live for the implementer; released ones for welfare officers.</summary>
public sealed record ExportGroupAnalysesQuery(Guid CampaignId) : IQuery<byte[]>;
