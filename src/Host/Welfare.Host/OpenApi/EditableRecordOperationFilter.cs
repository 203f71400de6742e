using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.Host.Concurrency;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Documents the entity tags of editable records (docs/adr/0011): the ETag response header on their reads and
/// changes, If-Match on changes (required where the 428 applies) and If-None-Match with its 304 on reads.
/// </summary>
internal sealed class EditableRecordOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EditableRecord>().FirstOrDefault() is not { } record)
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Responses ??= [];
        if (record.Changes)
        {
            operation.Parameters.Add(Header("If-Match", record.IfMatchRequired,
                "The ETag of the record as last read (its GET, or the answer of the last change). A change against another version is refused " +
                "with 412 and nothing is stored" + (record.IfMatchRequired ? "; without the header, 428." : "; without it the change is not checked.")));
            Describe(operation, "412", "Precondition failed (request.precondition-failed): the record changed since the ETag sent; read it again.");
            Describe(operation, "428", "Precondition required (request.precondition-required): several people edit this record; send If-Match.");
        }
        else if (record.AnswersNotModified)
        {
            operation.Parameters.Add(Header("If-None-Match", required: false, "An ETag of the record read before: 304 without a body while it is still the current one."));
            Describe(operation, "304", "Not modified: the ETag sent in If-None-Match is still the record's.");
        }

        foreach (var (status, response) in operation.Responses)
        {
            if ((status.StartsWith('2') || status == "304") && response is OpenApiResponse answer)
            {
                answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
                answer.Headers["ETag"] = new OpenApiHeader
                {
                    Description = EditableRecord.ETagDescription,
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }
    }

    private static OpenApiParameter Header(string name, bool required, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static void Describe(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.TryGetValue(status, out var response) && response is OpenApiResponse answer)
        {
            answer.Description = description;
        }
    }
}
