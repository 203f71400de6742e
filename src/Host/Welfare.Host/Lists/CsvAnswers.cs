using Microsoft.AspNetCore.Http.HttpResults;
using Welfare.Host.Validation;

namespace Welfare.Host.Lists;

/// <summary>Marks an operation that also answers CSV, for the contract.</summary>
internal sealed record CsvAnswer;

/// <summary>
/// The one way an endpoint that can answer CSV is asked for it: <c>?format=csv</c> (a plain link an officer clicks), or,
/// without <c>format</c>, an Accept header whose most preferred type is <c>text/csv</c> (Swagger UI, scripts). The file is
/// UTF-8 with BOM for Excel, in the caller's language (Accept-Language), and the contract lists both media types.
/// </summary>
internal static class CsvAnswers
{
    public const string MediaType = "text/csv";

    public static bool WantsCsv<TFormat>(this HttpRequest request, Choice<TFormat>? format)
        where TFormat : struct, Enum => Wants(format?.ToString(), request);

    /// <summary>The same choice before the parameters are bound (the rate limiter's).</summary>
    public static bool WantsCsv(this HttpRequest request) => Wants(request.Query["format"].FirstOrDefault(), request);

    public static FileContentHttpResult File(byte[] csv, string fileName) => TypedResults.File(csv, $"{MediaType}; charset=utf-8", fileName);

    /// <summary>200 as <paramref name="mediaType"/> (<typeparamref name="TResponse"/>) or as CSV (OpenApi/CsvAnswerOperationFilter).</summary>
    public static RouteHandlerBuilder AnswersCsv<TResponse>(this RouteHandlerBuilder builder, string mediaType = "application/json") =>
        builder.Produces<TResponse>(StatusCodes.Status200OK, mediaType, MediaType).WithMetadata(new CsvAnswer());

    private static bool Wants(string? format, HttpRequest request) => format is not null
        ? format == Choice<TableFormat>.NameOf(TableFormat.Csv)
        // Stable: among types of equal quality the one listed first wins, as RFC 9110 leaves it to the server.
        : request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault() is { } preferred
            && preferred.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);
}
