using Welfare.SharedKernel;

namespace Welfare.SharedKernel.Application.Errors;

/// <summary>
/// The record does not exist, or the caller may not know that it exists: both answer 404, so that a
/// caller cannot probe for other people's records.
/// </summary>
public sealed class NotFoundException(string recordType, string recordId)
    : Exception($"{recordType} was not found.")
{
    public string RecordType { get; } = recordType;

    public string RecordId { get; } = recordId;

    public LocalizedText Text { get; } = new("指定されたデータは見つかりません。", "The requested record was not found.");
}
