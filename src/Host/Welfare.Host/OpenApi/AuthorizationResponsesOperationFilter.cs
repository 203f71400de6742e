using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Documents the 401 and 403 every protected operation can answer (even employee functions refuse
/// machine clients) and the 429 of the per-caller budgets, so front-end teams see them in the contract.
/// </summary>
internal sealed class AuthorizationResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Responses ??= [];
        Add(operation, context, "401", "Unauthorized: no valid bearer token.");
        Add(operation, context, "403", "Forbidden: the caller's roles do not allow this operation.");

        Add(operation, context, "429", "Too many requests: over the caller's budget per minute; retry after the Retry-After seconds.");
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        var schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
        };
    }
}
