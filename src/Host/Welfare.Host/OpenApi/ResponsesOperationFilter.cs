using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.ErrorHandling;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Documents every status an operation can answer and the headers that come with it, derived from what the
/// operation takes, so that no endpoint has to repeat them: 400 with parameters or a body, 404 with a path
/// parameter (routing itself answers 404 for a value that is not there), 413 and 415 with a body, 401 and 403 when
/// it needs a token, 429 and 500 everywhere. The 409 and 422 an endpoint declares (only its handler knows them)
/// are kept. Every error response is the one <c>ProblemDetails</c> schema as application/problem+json; the
/// responses that read the same everywhere are kept once in components/responses. Headers: Location on 201,
/// Content-Disposition on file downloads, Retry-After on 429, WWW-Authenticate on 401.
/// </summary>
internal sealed class ResponsesOperationFilter(IConfiguration configuration) : IOperationFilter
{
    /// <summary>The responses every operation words the same way, by status, and their names in components/responses.</summary>
    public static readonly IReadOnlyDictionary<string, string> Shared = new Dictionary<string, string>
    {
        ["400"] = "BadRequest",
        ["401"] = "Unauthorized",
        ["403"] = "Forbidden",
        ["404"] = "NotFound",
        ["429"] = "TooManyRequests",
        ["500"] = "InternalServerError",
    };

    private readonly long _defaultBodyLimit = configuration.GetValue("Limits:MaxRequestBodyBytes", 1_048_576L);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var responses = operation.Responses ??= [];
        var scope = context.ApiDescription.RelativePath?.Split('/') is [_, _, var module, ..] ? module : "request";
        var hasBody = operation.RequestBody is not null;

        if (hasBody || operation.Parameters?.Count > 0)
        {
            Reference(responses, context, "400");
        }

        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            Reference(responses, context, "401");
            Reference(responses, context, "403");
        }

        if (operation.Parameters?.Any(p => p.In == ParameterLocation.Path) == true || responses.ContainsKey("404"))
        {
            Reference(responses, context, "404");
        }

        var waitsForDirectory = metadata.OfType<WaitsForDirectoryMetadata>().Any();
        if (responses.ContainsKey("409") || waitsForDirectory)
        {
            var conflict = $"Conflict: the request collides with the current state of a record; retrying with fresh data may succeed. `code` is {RequestProblems.Conflict} or one of the `{scope}.*` codes answered with 409 (docs/errors.md).";
            responses["409"] = Problem(context, waitsForDirectory
                ? $"{conflict} This operation takes facts from the directory: while the module's copy lacks a committed change of the directory it answers {RequestProblems.DirectoryCatchingUp} with Retry-After."
                : conflict);
            if (waitsForDirectory)
            {
                Header(responses["409"], "Retry-After", $"Seconds to wait before retrying, on {RequestProblems.DirectoryCatchingUp}.", JsonSchemaType.Integer);
            }
        }

        if (hasBody)
        {
            var limit = metadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault()?.MaxRequestBodySize ?? _defaultBodyLimit;
            responses["413"] = Problem(context, string.Create(CultureInfo.InvariantCulture, $"Payload too large ({RequestProblems.TooLarge}): the body is over {limit:N0} bytes."));
            var types = string.Join(", ", operation.RequestBody!.Content?.Keys ?? []);
            responses["415"] = Problem(context, $"Unsupported media type ({RequestProblems.UnsupportedMediaType}): the body is sent as {types}.");
        }

        // Two fields can contradict each other only where there are two (docs/adr/0010).
        var fields = (operation.Parameters?.Count ?? 0) + (hasBody ? 2 : 0);
        if (responses.ContainsKey("422") || fields >= 2)
        {
            responses["422"] = Problem(context, $"Unprocessable content: the request breaks a rule of the regulations and will not succeed as sent (`code` is one of the `{scope}.*` codes answered with 422, docs/errors.md), or fields that are each well-formed contradict each other ({RequestProblems.InconsistentFields}, with `errors` by field).");
        }

        Reference(responses, context, "429");
        Reference(responses, context, "500");

        if (responses.TryGetValue("201", out var created))
        {
            Header(created, "Location", "Where the new record (or the view that lists it) is read.", JsonSchemaType.String, "uri-reference");
        }

        foreach (var (_, response) in responses.Where(r => r.Key.StartsWith('2')))
        {
            if (response.Content?.Keys.Any(IsFile) == true)
            {
                Header(response, "Content-Disposition", $"`attachment; filename=…` with the file's name, on {string.Join(", ", response.Content.Keys.Where(IsFile))}.", JsonSchemaType.String);
            }
        }

        // In the order of the status codes, for a readable contract.
        var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        responses.Clear();
        foreach (var (status, response) in ordered)
        {
            responses[status] = response;
        }
    }

    /// <summary>The shared response of a status, as it is kept in components/responses.</summary>
    public static OpenApiResponse SharedResponse(string status, OpenApiDocument document)
    {
        var response = Problem(document, status switch
        {
            "400" => $"Bad request ({RequestProblems.Invalid}): a parameter or the body is malformed or out of bounds; `errors` names each field by its JSON path in the request as sent (`tasks[2]`, `facts.summary`) or by the parameter's name.",
            "401" => $"Unauthorized ({RequestProblems.Unauthenticated}): no valid bearer token.",
            "403" => $"Forbidden ({RequestProblems.Forbidden}): the caller's roles do not allow this operation.",
            "404" => $"Not found ({RequestProblems.NotFound}): there is no such record, or the caller may not know of it.",
            "429" => $"Too many requests ({RequestProblems.RateLimited}): over the caller's budget per minute.",
            "500" => $"Internal server error ({RequestProblems.Unexpected}): nothing but the title, the code and the traceId to quote to the administrator.",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a shared response"),
        });
        if (status == "401")
        {
            Header(response, "WWW-Authenticate", "`Bearer`, with the reason the token was refused when there was one.", JsonSchemaType.String);
        }
        else if (status == "429")
        {
            Header(response, "Retry-After", "Seconds to wait before the next request.", JsonSchemaType.Integer);
        }

        return response;
    }

    /// <summary>A download rather than data for the client to read: anything but JSON and a page to show.</summary>
    private static bool IsFile(string mediaType) => mediaType != "application/json" && mediaType != "text/html";

    private static void Reference(IDictionary<string, IOpenApiResponse> responses, OperationFilterContext context, string status) =>
        responses[status] = new OpenApiResponseReference(Shared[status], context.Document);

    private static OpenApiResponse Problem(OperationFilterContext context, string description) => Problem(context.Document, description);

    private static OpenApiResponse Problem(OpenApiDocument document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchemaDocumentFilter.SchemaId, document) },
        },
    };

    private static void Header(IOpenApiResponse response, string name, string description, JsonSchemaType type, string? format = null)
    {
        if (response is not OpenApiResponse concrete)
        {
            return;
        }

        concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
        concrete.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type, Format = format } };
    }
}
