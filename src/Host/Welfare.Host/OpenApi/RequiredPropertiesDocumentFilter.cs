using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Chooses each object schema's <c>required</c> list by how the contract uses it: a schema a request body can
/// reach keeps the properties the server refuses to do without (a client may leave out the others); a schema
/// only responses use lists every property the server always writes, so a generated client needs no
/// optional chaining for a value that is always there (it may still be <c>null</c> where the schema says so).
/// </summary>
internal sealed class RequiredPropertiesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var inRequests = new HashSet<string>(StringComparer.Ordinal);
        var bodies = document.Paths.Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
            .Select(content => content.Schema);
        foreach (var body in bodies)
        {
            Reach(body, schemas, inRequests);
        }

        foreach (var (id, schema) in schemas)
        {
            if (schema is not OpenApiSchema concrete || concrete.Extensions?.Remove(RequiredPropertiesSchemaFilter.AlwaysWritten, out var written) != true)
            {
                continue;
            }

            if (!inRequests.Contains(id) && written is JsonNodeExtension { Node: JsonArray names })
            {
                concrete.Required = new SortedSet<string>(names.Select(n => n!.GetValue<string>()), StringComparer.Ordinal);
            }
        }
    }

    private static void Reach(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> reached)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference { Reference.Id: { } id }:
                if (reached.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Reach(target, schemas, reached);
                }

                return;
        }

        foreach (var child in (schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
                     .Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? [])
                     .Append(schema.Items).Append(schema.AdditionalProperties))
        {
            Reach(child, schemas, reached);
        }
    }
}
