using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.Lists;

namespace Welfare.Host.OpenApi;

/// <summary>The CSV of an operation that also answers JSON or HTML is text, not that body: the contract says so.</summary>
internal sealed class CsvAnswerOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvAnswer>().Any()
            && operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse { Content: { } content })
        {
            content[CsvAnswers.MediaType] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "UTF-8 with BOM, CRLF, a header line; headers and values (labels, はい/いいえ, 和暦 days) in the language of Accept-Language. "
                        + "Chosen by `Accept: text/csv` or `format=csv`.",
                },
            };
        }
    }
}
