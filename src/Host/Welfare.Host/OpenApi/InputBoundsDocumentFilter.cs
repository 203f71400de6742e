using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.Validation;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Writes <see cref="InputBounds"/> into the contract: maxLength on every free string and maxItems on
/// every list of the request bodies (not of responses, which the bounds do not govern), maxLength on
/// string parameters and the paging range and default on page and pageSize.
/// </summary>
internal sealed class InputBoundsDocumentFilter(ImportLimits imports) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var seen = new HashSet<Type>();
        foreach (var description in context.ApiDescriptions)
        {
            var metadata = description.ActionDescriptor.EndpointMetadata;
            var bodies = description.ParameterDescriptions.Where(p => p.Source == BindingSource.Body).Select(p => p.Type)
                .Concat(metadata.OfType<IAcceptsMetadata>().Select(a => a.RequestType))
                .Concat(metadata.OfType<StreamedBody>().Select(b => b.RowType));
            foreach (var body in bodies.OfType<Type>())
            {
                Bound(InputBoundsFilter.ElementType(body) ?? body, context.SchemaRepository, seen);
            }

            // A bulk import that takes a list of rows: the list holds at most the configured rows.
            if (metadata.OfType<ImportLimit>().FirstOrDefault() is { } limit
                && document.Paths.TryGetValue("/" + description.RelativePath?.TrimEnd('/'), out var item)
                && item.Operations?.TryGetValue(new HttpMethod(description.HttpMethod!), out var operation) == true)
            {
                foreach (var content in operation.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                {
                    if (content.Schema is OpenApiSchema { Type: { } type } list && type.HasFlag(JsonSchemaType.Array))
                    {
                        list.MaxItems = limit.MaxRows;
                    }
                }
            }
        }

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter.Schema is not OpenApiSchema schema || parameter.Name is not { } name)
                {
                    continue;
                }

                if (IsFreeString(schema))
                {
                    schema.MaxLength = InputBounds.ParameterMaxLength(name);
                    schema.Pattern = InputBounds.Pattern(name);
                }
                else if (IsNumber(schema))
                {
                    Range(schema, name);
                    if (InputBounds.ParameterDefault(name) is { } byDefault)
                    {
                        schema.Default = JsonValue.Create(byDefault);
                    }
                }
            }
        }
    }

    private void Bound(Type type, SchemaRepository repository, HashSet<Type> seen)
    {
        if (!seen.Add(type) || !repository.TryLookupByType(type, out var reference)
            || reference.Reference.Id is not { } id || !repository.Schemas.TryGetValue(id, out var found) || found is not OpenApiSchema schema)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (schema.Properties?.TryGetValue(name, out var child) != true || child is not OpenApiSchema field)
            {
                Nested(property.PropertyType, repository, seen);
                continue;
            }

            if (IsFreeString(field))
            {
                field.MaxLength = InputBounds.MaxLength(name);
                field.Pattern = InputBounds.Pattern(name);
            }
            else if (IsNumber(field))
            {
                Range(field, name);
            }
            else if (field.Type?.HasFlag(JsonSchemaType.Array) == true)
            {
                field.MaxItems = InputBounds.MaxItems(name, imports);
                if (InputBounds.FixedItems(name) is { } count)
                {
                    (field.MinItems, field.MaxItems) = count;
                }

                if (field.Items is OpenApiSchema items && IsFreeString(items))
                {
                    items.MaxLength = InputBounds.MaxLength(name);
                    items.Pattern = InputBounds.Pattern(name);
                }
                else if (field.Items is OpenApiSchema numbers && IsNumber(numbers))
                {
                    Range(numbers, name);
                }
            }

            Nested(property.PropertyType, repository, seen);
        }
    }

    private void Nested(Type type, SchemaRepository repository, HashSet<Type> seen)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? InputBoundsFilter.ElementType(type) ?? type;
        if (inner.Namespace?.StartsWith("Welfare.", StringComparison.Ordinal) == true && !inner.IsEnum)
        {
            Bound(inner, repository, seen);
        }
    }

    private static bool IsNumber(OpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Integer) == true || schema.Type?.HasFlag(JsonSchemaType.Number) == true;

    private static void Range(OpenApiSchema schema, string name)
    {
        if (InputBounds.Range(name) is { } range)
        {
            schema.Minimum = range.Minimum.ToString(CultureInfo.InvariantCulture);
            schema.Maximum = range.Maximum.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static bool IsFreeString(OpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.String) == true && schema.Format is null && (schema.Enum is null || schema.Enum.Count == 0)
        && (schema.AllOf is null || schema.AllOf.Count == 0);
}
