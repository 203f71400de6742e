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
/// are kept. Every error response is the one <c>ProblemDetails</c> schema as application/problem+json; headers:
/// Location on 201, Content-Disposition on file downloads, Retry-After on 429, WWW-Authenticate on 401.
/// </summary>
internal sealed class ResponsesOperationFilter(IConfiguration configuration) : IOperationFilter
{
    private readonly long _defaultBodyLimit = configuration.GetValue("Limits:MaxRequestBodyBytes", 1_048_576L);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var responses = operation.Responses ??= [];
        var scope = context.ApiDescription.RelativePath?.Split('/') is [_, _, var module, ..] ? module : "request";
        var hasBody = operation.RequestBody is not null;

        if (hasBody || operation.Parameters?.Count > 0)
        {
            Problem(responses, context, "400", $"Bad request ({RequestProblems.Invalid}): a parameter or the body is malformed or out of bounds; `errors` names each field by its JSON path in the request (`tasks[2]`, `facts.summary`) or by the parameter's name.");
        }

        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            Problem(responses, context, "401", $"Unauthorized ({RequestProblems.Unauthenticated}): no valid bearer token.");
            Header(responses["401"], "WWW-Authenticate", "`Bearer`, with the reason the token was refused when there was one.", JsonSchemaType.String);
            Problem(responses, context, "403", $"Forbidden ({RequestProblems.Forbidden}): the caller's roles do not allow this operation.");
        }

        if (operation.Parameters?.Any(p => p.In == ParameterLocation.Path) == true || responses.ContainsKey("404"))
        {
            Problem(responses, context, "404", $"Not found ({RequestProblems.NotFound}): there is no such record, or the caller may not know of it.");
        }

        if (responses.ContainsKey("409"))
        {
            Problem(responses, context, "409", $"Conflict: the request collides with the current state of a record; retrying with fresh data may succeed. `code` is {RequestProblems.Conflict} or one of the `{scope}.*` codes answered with 409 (docs/errors.md).");
        }

        if (hasBody)
        {
            var limit = metadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault()?.MaxRequestBodySize ?? _defaultBodyLimit;
            Problem(responses, context, "413", string.Create(CultureInfo.InvariantCulture, $"Payload too large ({RequestProblems.TooLarge}): the body is over {limit:N0} bytes."));
            var types = string.Join(", ", operation.RequestBody!.Content?.Keys ?? []);
            Problem(responses, context, "415", $"Unsupported media type ({RequestProblems.UnsupportedMediaType}): the body is sent as {types}.");
        }

        if (responses.ContainsKey("422"))
        {
            Problem(responses, context, "422", $"Unprocessable content: the request breaks a rule of the regulations and will not succeed as sent. `code` is one of the `{scope}.*` codes answered with 422 (docs/errors.md).");
        }

        Problem(responses, context, "429", $"Too many requests ({RequestProblems.RateLimited}): over the caller's budget per minute.");
        Header(responses["429"], "Retry-After", "Seconds to wait before the next request.", JsonSchemaType.Integer);
        Problem(responses, context, "500", $"Internal server error ({RequestProblems.Unexpected}): nothing but the title, the code and the traceId to quote to the administrator.");

        if (responses.TryGetValue("201", out var created))
        {
            Header(created, "Location", "Where the new record (or the view that lists it) is read.", JsonSchemaType.String, "uri-reference");
        }

        foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('2')))
        {
            if (response.Content?.Keys.Any(IsFile) == true)
            {
                Header(response, "Content-Disposition", $"`attachment; filename=…` with the file's name, on {string.Join(", ", response.Content.Keys.Where(IsFile))}.", JsonSchemaType.String);
            }
        }
    }

    /// <summary>A download rather than data for the client to read: anything but JSON and a page to show.</summary>
    private static bool IsFile(string mediaType) => mediaType != "application/json" && mediaType != "text/html";

    private static void Problem(IDictionary<string, IOpenApiResponse> responses, OperationFilterContext context, string status, string description)
    {
        var schema = new OpenApiSchemaReference(ProblemSchemaDocumentFilter.SchemaId, context.Document);
        responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
        };
    }

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
