using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Exports.ExportResults;

/// <summary>
/// CSV of the results the caller may see (for the employer: consented ones within the consent scope), narrowed as the
/// list is, with headers and values in the caller's language.
/// </summary>
public sealed record ExportResultsQuery(Guid CampaignId, string? Department, bool? HighStress) : IQuery<byte[]>;
