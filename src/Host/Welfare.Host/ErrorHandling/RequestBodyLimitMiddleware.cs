using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Welfare.Host.ErrorHandling;

/// <summary>
/// Refuses a body whose declared length is over the limit (the endpoint's own, e.g. imports, or the
/// global one) before anything reads it, behind any server. Kestrel also enforces the limit while
/// reading bodies sent without a length.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _defaultLimit = DefaultLimit(configuration);

    /// <summary>Limits:MaxRequestBodyBytes, 1 MiB unless configured.</summary>
    public static long DefaultLimit(IConfiguration configuration) => configuration.GetValue("Limits:MaxRequestBodyBytes", 1_048_576L);

    /// <summary>The bound of this request's body: the endpoint's own (imports, the certificate) or the global one.</summary>
    public static long LimitOf(HttpContext context, long defaultLimit) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;

    public Task InvokeAsync(HttpContext context)
    {
        var limit = LimitOf(context, _defaultLimit);
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
