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
                    "Japanese (default) or English (Accept-Language: en), each with a stable `code` (schema ProblemDetails, docs/errors.md).",
            });
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
            options.OperationFilter<StreamedBodyOperationFilter>();
            // After the body is known: what an operation takes decides what it can answer.
            options.OperationFilter<ResponsesOperationFilter>();
            options.DocumentFilter<InputBoundsDocumentFilter>();
            options.DocumentFilter<ProblemSchemaDocumentFilter>();
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
