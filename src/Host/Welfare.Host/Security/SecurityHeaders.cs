using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Welfare.Host.Security;

/// <summary>
/// Every response says nosniff (a browser must not take JSON, CSV or an uploaded file for a page or a script) and
/// carries a Content-Security-Policy. The API's answers are data, not documents: they may load nothing and be
/// framed by nobody. A document that needs more sets its own policy (the printed forms: their one style block,
/// by hash); Swagger UI gets what its page needs. Set as the response starts, so that error answers, whose
/// headers the exception handler clears, carry them too.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>Nothing may load or be submitted, nobody may frame: JSON, CSV, problem details, the radar chart (presentation attributes only).</summary>
    public const string LockedDown = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Swagger UI: its own script and style files (it also sets inline styles on elements), its data: icons, and calls to this host.</summary>
    private const string SwaggerUi =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The lock-down plus one inline style block, allowed by its hash (not 'unsafe-inline', which would allow any injected style).</summary>
    public static string AllowingStyle(string style) =>
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseWelfareSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger", StringComparison.Ordinal) ? SwaggerUi : LockedDown;
        }
    }
}
