using Welfare.SharedKernel;

namespace Welfare.SharedKernel.Application.Errors;

/// <summary>
/// A change of a record several people edit came without the version it was made against (no If-Match):
/// answered 428 and nothing is stored, since it could silently overwrite someone else's change.
/// </summary>
public sealed class PreconditionRequiredException() : Exception(Explanation.English)
{
    private static readonly LocalizedText Explanation = new(
        "このデータは複数の担当者が更新するため、読み込んだときの ETag を If-Match ヘッダーで指定してください。",
        "Several people change this record: send the ETag you read it with in the If-Match header.");

    public LocalizedText Text => Explanation;
}
