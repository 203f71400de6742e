using Microsoft.AspNetCore.ResponseCompression;

namespace Welfare.Host;

/// <summary>
/// Brotli or gzip, as the caller's Accept-Encoding asks (Brotli when both are acceptable), for every text the API
/// answers with: the framework's defaults (JSON, HTML, CSS, JavaScript, plain text) and problem details, CSV and SVG.
/// Certificates (PDF, JPEG, PNG) are compressed already and are sent as they are.
/// </summary>
internal static class ResponseCompressionSetup
{
    private static readonly string[] MoreMimeTypes = ["application/problem+json", "text/csv", "image/svg+xml"];

    public static IServiceCollection AddWelfareResponseCompression(this IServiceCollection services) => services.AddResponseCompression(options =>
    {
        // Over HTTPS too: BREACH needs a secret and attacker-chosen text in one compressed body that the attacker can
        // make the victim's browser fetch many times with its credentials. Bearer tokens travel in a header, which no
        // foreign page can make a browser attach, and no body carries a secret token (docs/security.md).
        options.EnableForHttps = true;
        options.Providers.Add<BrotliCompressionProvider>();
        options.Providers.Add<GzipCompressionProvider>();
        options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. MoreMimeTypes];
    });
}
