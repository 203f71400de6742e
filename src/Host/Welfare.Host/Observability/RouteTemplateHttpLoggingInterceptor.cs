using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpLogging;

namespace Welfare.Host.Observability;

/// <summary>
/// The access line names the route template (<c>/api/v1/organisation/employees/{employeeId}</c>), never the
/// raw path: paths carry staff numbers and record ids, which identify people.
/// </summary>
internal sealed class RouteTemplateHttpLoggingInterceptor : IHttpLoggingInterceptor
{
    public const string RouteParameter = "Route";

    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        logContext.TryDisable(HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        // The exception handler clears the endpoint before it writes the problem; its feature keeps the original.
        var endpoint = logContext.HttpContext.GetEndpoint()
            ?? logContext.HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Endpoint;
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        logContext.AddParameter(RouteParameter, route ?? "(no route)");
        return ValueTask.CompletedTask;
    }
}
