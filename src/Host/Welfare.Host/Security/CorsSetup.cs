using Microsoft.Net.Http.Headers;

namespace Welfare.Host.Security;

/// <summary>
/// Cross-origin calls from browser front ends on the origins listed in Cors:AllowedOrigins; none when the list
/// is unset (then no response carries CORS headers). Exact origins only: a wildcard or a pattern would let any
/// page that matches call the API with its user's token. Credentials (cookies) are never allowed: callers send
/// bearer tokens, which a page can only attach on purpose, so a foreign page cannot ride on a logged-in user.
/// </summary>
internal static class CorsSetup
{
    public const string Section = "Cors";

    /// <summary>Chromium caps the preflight cache at two hours; one hour keeps a changed list effective the same day.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(1);

    // The API's methods, and what a front end sends besides the CORS-safelisted headers.
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete];

    private static readonly string[] RequestHeaders =
    [
        HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.IfMatch, HeaderNames.IfNoneMatch, HeaderNames.AcceptLanguage, "Idempotency-Key",
    ];

    // Response headers a script may read besides the safelisted ones (Content-Type, Cache-Control, …).
    private static readonly string[] ExposedHeaders =
    [
        HeaderNames.Location, HeaderNames.ETag, HeaderNames.Link, HeaderNames.RetryAfter, HeaderNames.ContentDisposition,
    ];

    /// <summary>Returns whether any origin is allowed (the middleware runs only then).</summary>
    public static bool AddWelfareCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection($"{Section}:AllowedOrigins").ListValues().Select(Origin).ToArray();
        if (origins.Length == 0)
        {
            return false;
        }

        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(Methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge)));
        return true;
    }

    /// <summary>"scheme://host[:port]" as a browser sends it in Origin; anything else stops the host from starting.</summary>
    private static string Origin(string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !value.Contains('*', StringComparison.Ordinal)
            && uri.UserInfo.Length == 0 && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0)
        {
            return uri.GetLeftPart(UriPartial.Authority);
        }

        throw new InvalidOperationException(
            $"{Section}:AllowedOrigins: '{value}' is not one exact origin (scheme://host[:port], http or https, no path, no wildcard).");
    }
}
