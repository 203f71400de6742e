using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Documents a body an endpoint reads as a stream (uploads of many rows). Unlike Accepts metadata it does
/// not take part in routing, so a caller without a token still gets 401 before any 415.
/// </summary>
internal sealed record StreamedBody(Type RowType, params string[] ContentTypes);

internal sealed class StreamedBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<StreamedBody>().FirstOrDefault() is not { } body)
        {
            return;
        }

        var schema = context.SchemaGenerator.GenerateSchema(body.RowType, context.SchemaRepository);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One row per line.",
            Content = body.ContentTypes.ToDictionary(c => c, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = schema }),
        };
    }
}
