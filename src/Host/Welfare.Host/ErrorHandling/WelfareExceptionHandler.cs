using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Welfare.Host.Validation;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Host.ErrorHandling;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Rule: 400 bad shape (keyed by
/// field), 403 forbidden function, 404 absent or not yours, 409 collision with current state,
/// 412/428 a change against another version of the record or without one (docs/adr/0011),
/// 422 business rule (docs/adr/0003), 500 with a trace id and nothing else, in every environment.
/// Business codes are set here; every other problem gets its protocol code in <see cref="ProblemDetailsDefaults"/>.
/// </summary>
internal sealed partial class WelfareExceptionHandler(IProblemDetailsService problemDetails, ILogger<WelfareExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
            return true;
        }

        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation, httpContext),
            BadHttpRequestException badRequest => BadRequestProblem(badRequest, httpContext),
            InvalidRequestException invalid => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [invalid.Field] = [invalid.Text.InCurrentCulture()] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ProblemText.Validation.InCurrentCulture(),
            },
            BusinessRuleViolationException rule => Coded(rule.Code, ProblemText.BusinessRule, rule.Text),
            ConflictException conflict => Coded(conflict.Code, RequestProblems.Conflict.Text, conflict.Text),
            DirectoryCatchingUpException catchingUp => CatchingUp(httpContext, catchingUp),
            PreconditionFailedException stale => Coded(RequestProblems.PreconditionFailed, RequestProblems.PreconditionFailed.Text, stale.Text),
            PreconditionRequiredException unnamed => Coded(RequestProblems.PreconditionRequired, RequestProblems.PreconditionRequired.Text, unnamed.Text),
            DbUpdateConcurrencyException => Coded(RequestProblems.Conflict, RequestProblems.Conflict.Text, ProblemText.ConcurrentChange),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                Coded(RequestProblems.Conflict, RequestProblems.Conflict.Text, ProblemText.Duplicate),
            NotFoundException notFound => Simple(StatusCodes.Status404NotFound, notFound.Text.InCurrentCulture()),
            ForbiddenException forbidden => Simple(StatusCodes.Status403Forbidden, forbidden.Text.InCurrentCulture()),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(logger, exception, exception.GetType().Name);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = RequestProblems.Unexpected.Text.InCurrentCulture() };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>Not the caller's fault and soon over: 409 with the seconds to wait (ADR 0012).</summary>
    private static ProblemDetails CatchingUp(HttpContext httpContext, DirectoryCatchingUpException exception)
    {
        httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(exception.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Coded(RequestProblems.DirectoryCatchingUp, RequestProblems.DirectoryCatchingUp.Text, exception.Text);
    }

    private static HttpValidationProblemDetails ValidationProblem(ValidationException exception, HttpContext httpContext)
    {
        // Keys are paths in the JSON the client sent, not in the command that carries it to the handler. The
        // exception handler runs with the endpoint cleared; the feature keeps the one that failed.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var body = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var errors = exception.Errors
            .GroupBy(e => JsonPath.FromPropertyPath(e.PropertyName, body))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

        // Well-formed by the contract, every field on its own, but contradicting each other: 422 (docs/adr/0010).
        var inconsistent = exception.Errors.Any() && exception.Errors.All(DependsOnOtherFields);
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = inconsistent ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest,
            Title = (inconsistent ? ProblemText.Inconsistent : ProblemText.Validation).InCurrentCulture(),
        };
        if (inconsistent)
        {
            problem.Extensions["code"] = RequestProblems.InconsistentFields.Value;
        }

        return problem;
    }

    private static bool DependsOnOtherFields(FluentValidation.Results.ValidationFailure failure) =>
        failure.ErrorCode == DependentFieldRules.ErrorCode
        || (failure.FormattedMessagePlaceholderValues?.TryGetValue("ComparisonProperty", out var other) == true && other is string { Length: > 0 });

    private static ProblemDetails BadRequestProblem(BadHttpRequestException exception, HttpContext httpContext)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Simple(exception.StatusCode, ProblemText.ForStatus(exception.StatusCode).InCurrentCulture());
        }

        if (exception.InnerException is JsonException { Message: var text } missing && MissingProperties().Match(text) is { Success: true } names)
        {
            // Every required property the object lacks, each under its own path ("rules.interview.referenceDay").
            var parent = JsonPath.FromJsonPath(missing.Path);
            var required = ProblemText.Required.InCurrentCulture();
            return Fields(names.Groups["name"].Captures.ToDictionary(c => parent == "body" ? c.Value : $"{parent}.{c.Value}", _ => required));
        }

        var field = exception.InnerException is JsonException json
            ? JsonPath.FromJsonPath(json.Path)
            : BindingParameter().Match(exception.Message) is { Success: true } m ? m.Groups["name"].Value : null;
        if (field is null)
        {
            return Simple(StatusCodes.Status400BadRequest, ProblemText.MalformedRequest.InCurrentCulture());
        }

        var message = exception.InnerException is JsonException j && j.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? ProblemText.UnknownField
            : exception.InnerException is null && exception.Message.StartsWith("Required parameter", StringComparison.Ordinal)
                ? ProblemText.Required
                : ClosedSet(exception, httpContext, field) is { } members ? ProblemText.OneOf(members) : ProblemText.InvalidValue;
        return Fields(new Dictionary<string, string> { [field] = message.InCurrentCulture() });
    }

    /// <summary>
    /// The values of the enum or <c>Choice</c> a refused value belonged to, with their labels: for a body, the type the JSON
    /// reader names (the enum, or the object whose member the path ends with); for a query or path parameter, the
    /// endpoint's handler parameter of that name.
    /// </summary>
    private static IReadOnlyList<(string Value, LocalizedText? Label)>? ClosedSet(BadHttpRequestException exception, HttpContext httpContext, string field)
    {
        var type = exception.InnerException is JsonException json
            ? JsonValueType(json)
            : (httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint())?.Metadata.GetMetadata<MethodInfo>()
                ?.GetParameters().FirstOrDefault(p => p.Name == field)?.ParameterType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            { IsEnum: true } => Labels.Members(type),
            { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(Choice<>) =>
                [.. ((IReadOnlyList<(string Value, LocalizedText Label)>)type.GetProperty(nameof(Choice<TableFormat>.Labelled))!.GetValue(null)!).Select(c => (c.Value, (LocalizedText?)c.Label))],
            _ => null,
        };
    }

    private static Type? JsonValueType(JsonException json)
    {
        var member = json.Path is { } path && LastMember().Match(path) is { Success: true } m ? m.Groups["name"].Value : null;
        foreach (var named in WelfareType().Matches(json.Message).Select(n => ProductTypes.Value.GetValueOrDefault(n.Value)).OfType<Type>())
        {
            var type = Nullable.GetUnderlyingType(named) ?? named;
            if (type.IsEnum)
            {
                return type;
            }

            if (member is not null && type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
            {
                var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                return valueType.IsArray ? valueType.GetElementType()
                    : valueType.IsGenericType && valueType.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(valueType) ? element
                    : valueType;
            }
        }

        return null;
    }

    private static readonly Lazy<Dictionary<string, Type>> ProductTypes = new(() => AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => a.GetName().Name?.StartsWith("Welfare.", StringComparison.Ordinal) == true)
        .SelectMany(a => a.GetTypes()).Where(t => t.FullName is not null)
        .GroupBy(t => t.FullName!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    private static HttpValidationProblemDetails Fields(Dictionary<string, string> errors) =>
        new(errors.ToDictionary(e => e.Key, e => new[] { e.Value }))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ProblemText.Validation.InCurrentCulture(),
        };

    private static ProblemDetails Coded(ProblemCode code, LocalizedText title, LocalizedText detail)
    {
        var problem = Simple(code.Status!.Value, title.InCurrentCulture());
        problem.Detail = detail.InCurrentCulture();
        problem.Extensions["code"] = code.Value;
        return problem;
    }

    private static ProblemDetails Simple(int status, string title) => new() { Status = status, Title = title };

    // System.Text.Json says: JSON deserialization for type 'X' was missing required properties including: 'a', 'b'.
    [GeneratedRegex("missing required properties including: (?:'(?<name>[^']+)'(?:, )?)+", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex MissingProperties();

    // System.Text.Json says: The JSON value could not be converted to Welfare.Modules.X.Domain.Kind. Path: … (or System.Nullable`1[…Kind]).
    [GeneratedRegex(@"Welfare\.[A-Za-z0-9_.]*[A-Za-z0-9_]", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex WelfareType();

    // The last member of a JSON path: $.source, $.plan.tasks[1].
    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)(?:\[[0-9]+\])?$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex LastMember();

    // Minimal APIs say: Failed to bind parameter "int pageSize" from "abc".
    [GeneratedRegex("""parameter "(?:[^"\s]+ )?(?<name>[A-Za-z0-9_]+)" """, RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex BindingParameter();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string exceptionType);
}
