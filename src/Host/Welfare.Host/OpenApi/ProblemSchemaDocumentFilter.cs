using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.ErrorHandling;

namespace Welfare.Host.OpenApi;

/// <summary>
/// The one schema of every error response (docs/adr/0003): RFC 9457 members plus <c>code</c>, <c>traceId</c> and
/// <c>errors</c>. <c>code</c> lists every catalogued code that a problem can carry, with <c>x-enum-descriptions</c>
/// (English text, in the order of the enum) and <c>x-problem-codes</c> (status, Japanese and English text per code).
/// Also the error responses that read the same on every operation (<see cref="ResponsesOperationFilter.Shared"/>).
/// </summary>
internal sealed class ProblemSchemaDocumentFilter : IDocumentFilter
{
    public const string SchemaId = "ProblemDetails";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var codes = ProblemCodes.All.Where(c => c.Status is not null).OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        var catalogue = new JsonObject();
        foreach (var code in codes)
        {
            catalogue[code.Value] = new JsonObject { ["status"] = code.Status, ["ja"] = code.Text.Japanese, ["en"] = code.Text.English };
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        foreach (var (status, name) in ResponsesOperationFilter.Shared)
        {
            document.Components.Responses[name] = ResponsesOperationFilter.SharedResponse(status, document);
        }

        document.Components.Schemas[SchemaId] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details, in Japanese or (Accept-Language: en) English. Clients branch on `code`; "
                + "`title` and `detail` are for people. Every code with its status and text: x-problem-codes and docs/errors.md.",
            Required = new HashSet<string> { "type", "title", "status", "instance", "code", "traceId" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [JsonValue.Create("about:blank")],
                    Description = "Always about:blank: `code` identifies the problem.",
                },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What kind of problem, the same for every occurrence of a status." },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status of the response." },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong this time (with 409 and 422: the rule, with its values)." },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The path of the request." },
                ["code"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "`<scope>.<kebab-name>`: `request.*` and `server.*` for protocol problems, the module's scope for its rules.",
                    Enum = [.. codes.Select(c => (JsonNode)JsonValue.Create(c.Value))],
                    Extensions = new Dictionary<string, IOpenApiExtension>
                    {
                        ["x-enum-descriptions"] = new JsonNodeExtension(new JsonArray([.. codes.Select(c => (JsonNode)JsonValue.Create(c.Text.English))])),
                    },
                },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Finds the server's log lines of this request." },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Only with 400: messages by the JSON path of the field in the request as sent (`tasks[2]`, `facts.summary`), "
                        + "by the name of a parameter, or `body` for the body as a whole.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Extensions = new Dictionary<string, IOpenApiExtension> { ["x-problem-codes"] = new JsonNodeExtension(catalogue) },
        };
    }
}
