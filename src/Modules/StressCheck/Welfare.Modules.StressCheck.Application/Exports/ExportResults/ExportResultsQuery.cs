using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Exports.ExportResults;

/// <summary>CSV of the results the caller may see (for the employer: consented ones within the consent scope), Japanese headers.</summary>
public sealed record ExportResultsQuery(Guid CampaignId) : IQuery<byte[]>;
