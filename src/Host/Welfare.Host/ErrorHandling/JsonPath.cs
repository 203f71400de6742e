namespace Welfare.Host.ErrorHandling;

/// <summary>Field keys of problem responses are spelt as in the JSON the client sent (camelCase).</summary>
internal static class JsonPath
{
    public static string ToCamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    /// <summary>"$.items[2].name" → "items[2].name"; "$" (the whole body) → "body".</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
