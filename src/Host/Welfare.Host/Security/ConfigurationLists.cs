namespace Welfare.Host.Security;

internal static class ConfigurationLists
{
    /// <summary>
    /// A list setting: a JSON array, or one comma-separated value (handier in an environment variable). A section
    /// may have an empty value besides its children (host settings give one), so the children win over an empty value.
    /// </summary>
    public static IReadOnlyList<string> ListValues(this IConfigurationSection section) =>
        [.. (section.Value is { Length: > 0 } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? string.Empty))
            .Select(v => v.Trim())
            .Where(v => v.Length > 0)];
}
