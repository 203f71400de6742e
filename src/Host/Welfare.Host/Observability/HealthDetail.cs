using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Welfare.Host.Observability;

/// <summary>
/// The readiness answer with each check's state and figures (the directory copies' lag), for operators and
/// orchestrators alike; it names modules and counts, never a person or a record.
/// </summary>
internal static class HealthDetail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
