using System.Globalization;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Welfare.Host.Validation;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Host.Concurrency;

/// <summary>
/// Carries the entity tags of <see cref="EditableRecord"/> operations between HTTP and the use case: If-Match
/// into <see cref="RecordVersion"/> before it runs, the record's version out as the ETag after. The tag is the
/// stored row version in quotes; only strong tags are compared (RFC 9110 13.1.1).
/// </summary>
internal static class EditableRecordFilter
{
    private static readonly LocalizedText MalformedTag = new(
        "ETag ヘッダーの値を引用符ごとそのまま指定してください（例: \"12345\"）。",
        "Send the ETag exactly as it was answered, quotes included (e.g. \"12345\").");

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next) =>
        invocation => invocation.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EditableRecord>() switch
        {
            null => next(invocation),
            { Changes: true } record => ChangeAsync(invocation, next, record),
            var record => ReadAsync(invocation, next, record),
        };

    public static string Tag(uint version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    private static async ValueTask<object?> ChangeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, EditableRecord record)
    {
        var http = invocation.HttpContext;
        var version = http.RequestServices.GetRequiredService<RecordVersion>();
        version.Expect(NamedVersions(http.Request.Headers.IfMatch), record.IfMatchRequired);
        var result = await next(invocation);
        if (version.Current is { } current)
        {
            http.Response.Headers.ETag = Tag(current);
        }

        return result;
    }

    private static async ValueTask<object?> ReadAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, EditableRecord record)
    {
        var http = invocation.HttpContext;
        var result = await next(invocation);
        if (http.RequestServices.GetRequiredService<RecordVersion>().Current is not { } current)
        {
            return result;
        }

        http.Response.Headers.ETag = Tag(current);
        return record.AnswersNotModified && NamesCurrent(http.Request.Headers.IfNoneMatch, current)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : result;
    }

    /// <summary>
    /// The versions If-Match names; null when it names none. "*" names no version (it says only that the record
    /// exists), so where a version is required it counts as missing. A tag that is weak or not one of ours can
    /// never match: the change is refused with 412.
    /// </summary>
    private static HashSet<uint>? NamedVersions(StringValues header)
    {
        if (StringValues.IsNullOrEmpty(header))
        {
            return null;
        }

        // The contract bounds the header like every string parameter (InputBounds).
        if (header.ToString().Length > InputBounds.ParameterMaxLength(HeaderNames.IfMatch)
            || !EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
        {
            throw new InvalidRequestException(HeaderNames.IfMatch, MalformedTag);
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return null;
        }

        var named = new HashSet<uint>();
        foreach (var tag in tags.Where(t => !t.IsWeak))
        {
            if (VersionOf(tag) is { } version)
            {
                named.Add(version);
            }
        }

        return named;
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2); a header that cannot be read is ignored.</summary>
    private static bool NamesCurrent(StringValues header, uint current) =>
        !StringValues.IsNullOrEmpty(header) && EntityTagHeaderValue.TryParseList(header, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || VersionOf(t) == current);

    private static uint? VersionOf(EntityTagHeaderValue tag) =>
        uint.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
}
