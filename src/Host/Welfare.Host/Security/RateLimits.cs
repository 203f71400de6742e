using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Welfare.Host.ErrorHandling;
using Welfare.Host.Lists;

namespace Welfare.Host.Security;

/// <summary>
/// Per-caller request budgets (OWASP API4): every caller (by token subject, else by address) has a
/// budget per minute, and imports, exports and organisation-wide analyses a much smaller one. A caller
/// over budget gets 429 with Retry-After, never the framework's 503, and other callers are unaffected.
/// </summary>
internal static class RateLimits
{
    public const string Bulk = "bulk";

    /// <summary>A list that can also be answered as CSV (<see cref="Lists.CsvAnswers"/>): the CSV, being the whole list, has the bulk budget.</summary>
    public const string Export = "export";

    public static IServiceCollection AddWelfareRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:PermitsPerMinute", 600);
        var bulkPerMinute = configuration.GetValue("RateLimits:BulkPermitsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                RateLimitPartition.GetFixedWindowLimiter(CallerKey(http), _ => Window(perMinute)));
            options.AddPolicy(Bulk, http => RateLimitPartition.GetFixedWindowLimiter(CallerKey(http), _ => Window(bulkPerMinute)));
            options.AddPolicy(Export, http => http.Request.WantsCsv()
                ? RateLimitPartition.GetFixedWindowLimiter(CallerKey(http), _ => Window(bulkPerMinute))
                : RateLimitPartition.GetNoLimiter(CallerKey(http)));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = ProblemText.ForStatus(StatusCodes.Status429TooManyRequests).InCurrentCulture(),
                    },
                });
            };
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };

    private static string CallerKey(HttpContext http) =>
        http.User.FindFirst("sub")?.Value is { Length: > 0 } subject ? $"sub:{subject}" : $"address:{http.Connection.RemoteIpAddress}";
}
