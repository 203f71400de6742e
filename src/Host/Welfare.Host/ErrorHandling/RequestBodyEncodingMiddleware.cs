using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Welfare.Host.ErrorHandling;

/// <summary>Marks an upload whose body may arrive gzip-encoded (<c>Content-Encoding: gzip</c>).</summary>
internal sealed class GzipRequestBody
{
    public static readonly GzipRequestBody Instance = new();

    private GzipRequestBody()
    {
    }
}

/// <summary>
/// Request bodies arrive unencoded, except uploads marked <see cref="GzipRequestBody"/>, which may be gzip: their
/// body is decoded as it is read, and its bound (the endpoint's, else Limits:MaxRequestBodyBytes) holds for the
/// decoded bytes, so a zip bomb is refused with 413 as soon as it has produced one byte too many and before
/// anything is stored. Any other Content-Encoding, or gzip on an ordinary body (small JSON gains nothing from it),
/// is refused with 415 before the body is read. Runs after authorization: a caller without a token gets 401 first.
/// </summary>
internal sealed class RequestBodyEncodingMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _defaultLimit = RequestBodyLimitMiddleware.DefaultLimit(configuration);

    public Task InvokeAsync(HttpContext context)
    {
        var encodings = context.Request.Headers.ContentEncoding
            .SelectMany(value => (value ?? string.Empty).Split(','))
            .Select(encoding => encoding.Trim())
            .Where(encoding => encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var endpoint = context.GetEndpoint();
        if (encodings.Count == 0 || endpoint is null)
        {
            return next(context);
        }

        if (encodings is not [var encoding] || !encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase)
            || endpoint.Metadata.GetMetadata<GzipRequestBody>() is null)
        {
            return RawBody.UnsupportedEncoding().ExecuteAsync(context);
        }

        var decoded = new DecodedRequestBody(
            new GZipStream(context.Request.Body, CompressionMode.Decompress, leaveOpen: true),
            RequestBodyLimitMiddleware.LimitOf(context, _defaultLimit));
        context.Response.RegisterForDispose(decoded);
        context.Request.Body = decoded;
        // From here on the body is plain; its length on the wire says nothing about it.
        context.Request.Headers.Remove(HeaderNames.ContentEncoding);
        context.Request.ContentLength = null;
        return next(context);
    }
}
