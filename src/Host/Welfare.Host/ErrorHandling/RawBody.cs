using Microsoft.AspNetCore.Http.HttpResults;

namespace Welfare.Host.ErrorHandling;

/// <summary>For endpoints that read their body as a stream (uploads): its media type, and the 415 when it is not one they take.</summary>
internal static class RawBody
{
    /// <summary>The media type without parameters, lower case ("text/csv; charset=utf-8" → "text/csv").</summary>
    public static string? MediaType(HttpRequest request) => request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();

    public static ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: ProblemText.ForStatus(StatusCodes.Status415UnsupportedMediaType).InCurrentCulture());
}
