using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.Lists;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Documents the two shapes a list operation may answer: a paged list (<see cref="PagedList{T}"/>) with its
/// <c>Link</c> header (<see cref="PageLinks"/>), or a bare array a rule bounds (<see cref="BoundedList"/>) with its
/// maxItems and the reason in the description.
/// </summary>
internal sealed class ListsOperationFilter : IOperationFilter
{
    public const string LinkDescription =
        "RFC 8288 links to the first, previous, next and last page, as absolute paths that keep the request's other query parameters " +
        "(no prev on page 1, no next on the last page; an empty list has first = last = page 1).";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses?.TryGetValue("200", out var found) != true || found is not OpenApiResponse ok)
        {
            return;
        }

        var paged = context.ApiDescription.SupportedResponseTypes
            .Any(r => r.StatusCode == StatusCodes.Status200OK && r.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(PagedList<>));
        if (paged)
        {
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["Link"] = new OpenApiHeader { Description = LinkDescription, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }

        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<BoundedList>().FirstOrDefault() is { } bounded)
        {
            foreach (var content in ok.Content?.Values ?? [])
            {
                if (content.Schema is OpenApiSchema { Type: { } type } array && type.HasFlag(JsonSchemaType.Array))
                {
                    array.MaxItems = bounded.MaxItems;
                }
            }

            operation.Description = $"Answered whole, not paged: {bounded.Reason} (at most {bounded.MaxItems} items).";
        }
    }
}
