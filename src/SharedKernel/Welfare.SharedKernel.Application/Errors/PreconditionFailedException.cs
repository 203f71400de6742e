using Welfare.SharedKernel;

namespace Welfare.SharedKernel.Application.Errors;

/// <summary>
/// The record changed since the caller read it (If-Match names another version): answered 412 and nothing
/// is stored. Reading the record again gives its changes and the tag to retry with.
/// </summary>
public sealed class PreconditionFailedException() : Exception(Explanation.English)
{
    private static readonly LocalizedText Explanation = new(
        "このデータは読み込んだ後に変更されています。最新のデータを取得し、内容を確かめてからやり直してください。",
        "The record changed after you read it. Read it again, check the changes and retry with its new ETag.");

    public LocalizedText Text => Explanation;
}
