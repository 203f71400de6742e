using Microsoft.AspNetCore.Http.HttpResults;
using Welfare.SharedKernel;

namespace Welfare.Host.ErrorHandling;

/// <summary>For endpoints that read their body as a stream (uploads): its media type, and the 415 when it is not one they take.</summary>
internal static class RawBody
{
    /// <summary>The media type without parameters, lower case ("text/csv; charset=utf-8" → "text/csv").</summary>
    public static string? MediaType(HttpRequest request) => request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();

    private static readonly LocalizedText EncodingNotAccepted = new(
        "Content-Encoding は取込み（アップロード）の gzip だけを受け付けます。それ以外は符号化せずに送ってください。",
        "Only uploads accept a Content-Encoding, and only gzip; send other bodies unencoded.");

    public static ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: ProblemText.ForStatus(StatusCodes.Status415UnsupportedMediaType).InCurrentCulture());

    /// <summary>The 415 for a Content-Encoding the endpoint does not take (RequestBodyEncodingMiddleware).</summary>
    public static ProblemHttpResult UnsupportedEncoding() =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: ProblemText.ForStatus(StatusCodes.Status415UnsupportedMediaType).InCurrentCulture(),
            detail: EncodingNotAccepted.InCurrentCulture());
}
