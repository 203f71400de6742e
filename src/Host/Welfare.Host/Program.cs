using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HealthChecks.NpgSql;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Welfare.Host;
using Welfare.Host.Concurrency;
using Welfare.Host.Endpoints.Harassment;
using Welfare.Host.Endpoints.Organisation;
using Welfare.Host.Endpoints.Overtime;
using Welfare.Host.Endpoints.PeerSupport;
using Welfare.Host.Endpoints.Platform;
using Welfare.Host.Endpoints.ReturnToWork;
using Welfare.Host.Endpoints.StressCheck;
using Welfare.Host.ErrorHandling;
using Welfare.Host.Json;
using Welfare.Host.Lists;
using Welfare.Host.Observability;
using Welfare.Host.OpenApi;
using Welfare.Host.Security;
using Welfare.Host.Validation;
using Welfare.Modules.Harassment.Infrastructure;
using Welfare.Modules.Organisation.Infrastructure;
using Welfare.Modules.Overtime.Infrastructure;
using Welfare.Modules.PeerSupport.Infrastructure;
using Welfare.Modules.ReturnToWork.Infrastructure;
using Welfare.Modules.StressCheck.Infrastructure;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure;
using Welfare.SharedKernel.Infrastructure.Directory;
using Welfare.SharedKernel.Infrastructure.Persistence;

if (args.Length > 0 && args[0] == "dev-tokens")
{
    return DevTokensCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "health-check")
{
    return await HealthCheckCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(o =>
{
    o.IncludeScopes = true;
    o.UseUtcTimestamp = true;
    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
});
builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
builder.AddWelfareTelemetry();

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = RequestBodyLimitMiddleware.DefaultLimit(builder.Configuration);
});

// One access line per request: method, route template (RouteTemplateHttpLoggingInterceptor: never the raw
// path), status, duration and (through the scope) the trace id. Never headers or bodies: tokens and health
// or complaint content must not reach the logs.
builder.Services.AddHttpLogging(o =>
{
    o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
        | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
    o.CombineLogs = true;
});

builder.Services.ConfigureHttpJsonOptions(json =>
{
    // A field the API does not know is an error, not silently ignored (it may be a typo or an attempt
    // to set something the caller may not set).
    json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    // Required means required, and null only where the type says so, both ways: a request that leaves out a
    // required property or sends null for a non-nullable one is a 400; a response never sends null where the
    // contract promises a value (such a bug is a 500 found by the tests, not a client crash in the field).
    json.SerializerOptions.RespectNullableAnnotations = true;
    json.SerializerOptions.TypeInfoResolver = json.SerializerOptions.TypeInfoResolver!.WithAddedModifier(RequiredProperties.Mark);
});
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

builder.Services.AddRequestLocalization(o =>
{
    CultureInfo[] cultures = [new("ja"), new("en")];
    o.DefaultRequestCulture = new RequestCulture("ja");
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
    o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
});

builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsDefaults.Apply);
builder.Services.AddExceptionHandler<WelfareExceptionHandler>();

builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddWelfareAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddAuthorization(Policies.Configure);
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();

builder.Services.AddWelfarePlatform(builder.Configuration);
builder.Services.AddModuleOrganisation(builder.Configuration);
builder.Services.AddModulePeerSupport(builder.Configuration);
builder.Services.AddModuleReturnToWork(builder.Configuration);
builder.Services.AddModuleOvertime(builder.Configuration);
builder.Services.AddModuleHarassment(builder.Configuration);
builder.Services.AddModuleStressCheck(builder.Configuration);

builder.Services.AddHealthChecks()
    .AddNpgSql(
        builder.Configuration.GetConnectionString(PlatformServiceCollectionExtensions.ConnectionStringName)!,
        name: "postgresql",
        tags: ["ready"])
    .AddDirectoryLag("ready");

builder.Services.AddWelfareRateLimiting(builder.Configuration);
var behindProxy = builder.Services.AddWelfareForwardedHeaders(builder.Configuration);
var crossOrigin = builder.Services.AddWelfareCors(builder.Configuration);
builder.Services.AddWelfareResponseCompression();

var swaggerEnabled = builder.Configuration.GetValue("Swagger:Enabled", builder.Environment.IsDevelopment());
builder.Services.AddWelfareSwagger();

var app = builder.Build();

if (app.Configuration.GetValue("Database:MigrateOnStartup", false))
{
    await app.Services.MigrateWelfareDatabaseAsync();
}

// First: everything after it (access log, request budgets by address) sees the caller, not the proxy.
if (behindProxy)
{
    app.UseForwardedHeaders();
}

app.UseHttpLogging();

// Before everything that may answer, so that every answer (errors, preflights, Swagger UI) carries the headers and is compressed.
app.UseWelfareSecurityHeaders();
app.UseResponseCompression();

// Localization first: the exception handler and status code pages answer in the caller's language.
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestBodyLimitMiddleware>();

// Responses of the API carry personal data: no shared cache or browser history may keep them.
app.Use((context, next) =>
{
    if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
    {
        context.Response.Headers.CacheControl = "no-store";
    }

    return next(context);
});

if (swaggerEnabled)
{
    app.UseSwagger();
    app.UseSwaggerUI(ui =>
    {
        ui.SwaggerEndpoint($"/swagger/{SwaggerSetup.DocumentName}/swagger.json", "Welfare API v1");
        ui.DocumentTitle = "Welfare API";
        ui.EnablePersistAuthorization();
    });
}

// A preflight is answered here: before authentication, request budgets and the deny-by-default policy, and not audited.
if (crossOrigin)
{
    app.UseCors();
}

app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

// After authorization: a caller without a token gets 401 before a 415 for the body's encoding.
app.UseMiddleware<RequestBodyEncodingMiddleware>();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthDetail.WriteAsync })
    .AllowAnonymous();

// Every API endpoint checks the bounds of its input (strings, lists, parameters) before its handler runs;
// every paged list answers with its Link header; operations on editable records carry their entity tags.
var api = app.MapGroup(string.Empty).AddEndpointFilterFactory(InputBoundsFilter.Create).AddEndpointFilterFactory(PageLinks.Create)
    .AddEndpointFilterFactory(EditableRecordFilter.Create);
api.MapAuditEndpoints();
api.MapOrganisationEndpoints();
api.MapPeerSupportEndpoints();
api.MapReturnToWorkEndpoints();
api.MapOvertimeEndpoints();
api.MapOvertimeHealthEndpoints();
api.MapHarassmentEndpoints();
api.MapStressCheckEndpoints();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
