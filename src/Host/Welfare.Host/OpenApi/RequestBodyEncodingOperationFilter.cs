using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.ErrorHandling;

namespace Welfare.Host.OpenApi;

/// <summary>Documents the Content-Encoding an upload accepts (<see cref="GzipRequestBody"/>): gzip, bounded by its decoded size.</summary>
internal sealed class RequestBodyEncodingOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<GzipRequestBody>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Content-Encoding",
            In = ParameterLocation.Header,
            Description = "gzip: the body is decoded as it is read, and the size bound holds for the decoded body (413 beyond it, nothing stored). " +
                "Any other encoding: 415.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("gzip"), JsonValue.Create("identity")] },
        });
    }
}
