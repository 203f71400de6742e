using System.Diagnostics;

namespace Welfare.Host.ErrorHandling;

internal static class ProblemDetailsDefaults
{
    /// <summary>Every problem carries a trace id (to find the log lines) and a title in the caller's language.</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;

        // Responses the framework produces by itself (401, 403, 404, 405, …) get our localized title;
        // titles set by the exception handler are already localized.
        if (context.Exception is null || string.IsNullOrEmpty(problem.Title))
        {
            problem.Title = ProblemText.ForStatus(status).InCurrentCulture();
        }

        if (status >= 500)
        {
            // Nothing beyond the title and the trace id leaves the server, in any environment.
            problem.Detail = null;
            problem.Extensions.Clear();
        }

        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
    }
}
