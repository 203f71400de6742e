using Welfare.SharedKernel;

namespace Welfare.SharedKernel.Application.Errors;

/// <summary>Input that cannot be read at all (e.g. a CSV file without its header): 400 keyed by <see cref="Field"/>.</summary>
public sealed class InvalidRequestException(string field, LocalizedText text) : Exception(text.English)
{
    public string Field { get; } = field;

    public LocalizedText Text { get; } = text;
}
