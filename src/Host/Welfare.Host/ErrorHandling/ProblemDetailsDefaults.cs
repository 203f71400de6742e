using System.Diagnostics;
using Welfare.SharedKernel;

namespace Welfare.Host.ErrorHandling;

internal static class ProblemDetailsDefaults
{
    /// <summary>
    /// Every problem carries a code (a business code set by the exception handler, else the protocol code of its
    /// status), a trace id (to find the log lines) and a title in the caller's language. The type is always
    /// about:blank: the code is what identifies a problem (docs/adr/0003).
    /// </summary>
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
            // Nothing beyond the title, the code and the trace id leaves the server, in any environment.
            problem.Detail = null;
            problem.Extensions.Clear();
        }

        problem.Type = "about:blank";
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions.TryAdd("code", CodeFor(status).Value);
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
    }

    /// <summary>The protocol code of a status (a 4xx without its own code is an invalid request).</summary>
    public static ProblemCode CodeFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => RequestProblems.Unauthenticated,
        StatusCodes.Status403Forbidden => RequestProblems.Forbidden,
        StatusCodes.Status404NotFound => RequestProblems.NotFound,
        StatusCodes.Status405MethodNotAllowed => RequestProblems.MethodNotAllowed,
        StatusCodes.Status409Conflict => RequestProblems.Conflict,
        StatusCodes.Status412PreconditionFailed => RequestProblems.PreconditionFailed,
        StatusCodes.Status413PayloadTooLarge => RequestProblems.TooLarge,
        StatusCodes.Status415UnsupportedMediaType => RequestProblems.UnsupportedMediaType,
        StatusCodes.Status428PreconditionRequired => RequestProblems.PreconditionRequired,
        StatusCodes.Status429TooManyRequests => RequestProblems.RateLimited,
        >= 500 => RequestProblems.Unexpected,
        _ => RequestProblems.Invalid,
    };
}
