using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.Validation;
using Welfare.SharedKernel;

namespace Welfare.Host.OpenApi;

/// <summary>A <see cref="Choice{TEnum}"/> parameter is a string from its closed set of names, nothing else.</summary>
internal sealed class ChoiceOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var choices = context.MethodInfo.GetParameters()
            .Select(p => (p.Name, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => p.Type.IsGenericType && p.Type.GetGenericTypeDefinition() == typeof(Choice<>))
            .ToDictionary(p => p.Name!, p => (IReadOnlyList<(string Value, LocalizedText Label)>)p.Type.GetProperty(nameof(Choice<TableFormat>.Labelled))!.GetValue(null)!);
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: { } name, Schema: OpenApiSchema schema } && choices.TryGetValue(name, out var members))
            {
                schema.Type = JsonSchemaType.String;
                schema.Enum = [.. members.Select(m => (JsonNode)JsonValue.Create(m.Value))];
                EnumLabelsSchemaFilter.Describe(schema, members);
            }
        }
    }
}
