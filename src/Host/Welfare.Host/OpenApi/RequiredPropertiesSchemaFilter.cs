using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.Json;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Writes into every object schema what the server's own serializer does with it (<see cref="RequiredProperties"/>):
/// in a request, the properties it refuses to do without are <c>required</c>; in a response, every property it
/// always writes. Which of the two a schema is, only the whole document knows, so this filter notes both and
/// <see cref="RequiredPropertiesDocumentFilter"/> chooses. A nullable property that refers to another schema
/// (an enum, a nested object) becomes <c>allOf</c> with its type and <c>nullable</c>, as OpenAPI 3.0 cannot put
/// <c>nullable</c> beside a <c>$ref</c>.
/// </summary>
internal sealed class RequiredPropertiesSchemaFilter(IOptions<HttpJsonOptions> json) : ISchemaFilter
{
    public const string AlwaysWritten = "x-welfare-always-written";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || context.MemberInfo is not null || context.ParameterInfo is not null)
        {
            return;
        }

        var info = json.Value.SerializerOptions.GetTypeInfo(context.Type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        concrete.Required = new SortedSet<string>(info.Properties.Where(p => p.IsRequired).Select(p => p.Name), StringComparer.Ordinal);
        var written = new JsonArray();
        foreach (var property in info.Properties.Where(p => p.Get is not null && p.ShouldSerialize is null && !p.IsExtensionData).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            written.Add(property.Name);
        }

        concrete.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        concrete.Extensions[AlwaysWritten] = new JsonNodeExtension(written);

        foreach (var property in info.Properties)
        {
            if ((property.Get is not null ? property.IsGetNullable : property.IsSetNullable) && concrete.Properties!.TryGetValue(property.Name, out var child) && child is OpenApiSchemaReference reference)
            {
                // OpenAPI 3.0 allows nullable only beside a type: the referred schema's own (string for an enum).
                var type = reference.Reference.Id is { } id && context.SchemaRepository.Schemas.TryGetValue(id, out var target) ? target.Type : null;
                concrete.Properties[property.Name] = new OpenApiSchema { AllOf = [reference], Type = (type ?? JsonSchemaType.Object) | JsonSchemaType.Null };
            }
        }
    }
}
