using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Welfare.Host.ErrorHandling;

/// <summary>Field keys of problem responses are paths in the JSON the client sent (camelCase, "tasks[2].name").</summary>
internal static class JsonPath
{
    public static string ToCamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    /// <summary>
    /// The key of a validation failure of a command. A command that carries the body as one of its members
    /// (<c>DraftPlanCommand(Guid PreReturnId, PlanInput Plan)</c> for a body that is the plan) names its failures
    /// "Plan.Tasks[2]"; the client sent no "plan", so the key is "tasks[2]". A path whose first member is in the body
    /// ("facts.summary" where the body has a "facts" object) stays as it is, and so does any path when the body's
    /// type is unknown or the key is a single name (a parameter, or a member of the command the endpoint filled in).
    /// </summary>
    public static string FromPropertyPath(string propertyPath, Type? bodyType)
    {
        var key = ToCamelCase(propertyPath);
        var end = key.IndexOfAny(['.', '[']);
        if (bodyType is null || end <= 0 || IsMember(bodyType, key[..end]))
        {
            return key;
        }

        // The wrapper goes; an index that follows it stays ("rows[3].name" of a body that is the list → "[3].name").
        return key[end..].TrimStart('.');
    }

    /// <summary>"$.items[2].name" → "items[2].name"; "$" (the whole body) → "body".</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static bool IsMember(Type type, string name) =>
        (Nullable.GetUnderlyingType(type) ?? type).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => string.Equals(JsonName(p), name, StringComparison.OrdinalIgnoreCase));

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
