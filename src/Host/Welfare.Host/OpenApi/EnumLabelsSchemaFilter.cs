using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.SharedKernel;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Every enum of the contract says what its values are called (<see cref="Labels"/>): <c>x-enum-descriptions</c> in
/// Japanese and <c>x-enum-descriptions-en</c> in English, parallel to <c>enum</c>, for generators and front ends that
/// show them, and a list in the description for people reading Swagger UI.
/// </summary>
internal sealed class EnumLabelsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (type.IsEnum && schema is OpenApiSchema { Enum.Count: > 0 } concrete)
        {
            Describe(concrete, [.. Labels.Members(type).Select(m => (m.Name, m.Label ?? throw new InvalidOperationException($"{type.Name}.{m.Name} has no [Label].")))]);
        }
    }

    /// <summary>Writes the labels of the values of <paramref name="schema"/>'s enum; also used for problem codes and choices.</summary>
    public static void Describe(OpenApiSchema schema, IReadOnlyList<(string Value, LocalizedText Label)> members)
    {
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["x-enum-descriptions"] = new JsonNodeExtension(new JsonArray([.. members.Select(m => (JsonNode)JsonValue.Create(m.Label.Japanese))]));
        schema.Extensions["x-enum-descriptions-en"] = new JsonNodeExtension(new JsonArray([.. members.Select(m => (JsonNode)JsonValue.Create(m.Label.English))]));
        var list = string.Join("\n", members.Select(m => $"- `{m.Value}`: {m.Label.Japanese} / {m.Label.English}"));
        schema.Description = string.IsNullOrEmpty(schema.Description) ? list : schema.Description + "\n\n" + list;
    }
}
