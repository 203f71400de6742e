using Microsoft.OpenApi;

namespace Welfare.Host.OpenApi;

internal static class SwaggerSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddWelfareSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Welfare API",
                Version = "v1",
                Description =
                    "Employee well-being programmes of Japanese public employers: peer support, return to work, " +
                    "overtime, harassment complaints and the stress check. Errors are RFC 9457 problem details in " +
                    "Japanese (default) or English (Accept-Language: en), each with a stable `code` (schema ProblemDetails, docs/errors.md). Responses are compressed (br or gzip) when " +
                    "Accept-Encoding asks. Request bodies are sent unencoded; uploads also accept Content-Encoding: gzip " +
                    "(their size bound holds for the decoded body), and any other Content-Encoding is refused with 415.",
                Contact = new OpenApiContact { Name = "Welfare API maintainers" },
                // No licence is granted: the repository has no LICENSE file.
                License = new OpenApiLicense { Name = "Proprietary" },
            });
            // Relative: every employer runs its own host, and Swagger UI then calls the host that served the document.
            options.AddServer(new OpenApiServer { Url = "/", Description = "The host that serves this document" });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from the employer's OpenID Connect provider (in Development: one printed by scripts/run.sh).",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
            // Schema ids by full name would leak namespaces; short names are unique by convention (tested).
            options.CustomSchemaIds(type => SchemaId(type));
            // Nullability from the C# annotations; required from the serializer's own rule (RequiredProperties).
            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<RequiredPropertiesSchemaFilter>();
            options.SchemaFilter<EnumLabelsSchemaFilter>();
            options.DocumentFilter<RequiredPropertiesDocumentFilter>();
            options.OperationFilter<ChoiceOperationFilter>();
            options.OperationFilter<CsvAnswerOperationFilter>();
            options.OperationFilter<StreamedBodyOperationFilter>();
            options.OperationFilter<CsvImportColumnsOperationFilter>();
            options.OperationFilter<RequestBodyEncodingOperationFilter>();
            options.OperationFilter<EditableRecordOperationFilter>();
            // After the body and the headers are known: what an operation takes decides what it can answer.
            options.OperationFilter<ResponsesOperationFilter>();
            options.OperationFilter<ListsOperationFilter>();
            options.DocumentFilter<InputBoundsDocumentFilter>();
            options.DocumentFilter<ProblemSchemaDocumentFilter>();
            options.DocumentFilter<DescriptionsDocumentFilter>();
        });
        return services;
    }

    private static string SchemaId(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "Of" + string.Join("And", type.GetGenericArguments().Select(SchemaId));
    }
}
