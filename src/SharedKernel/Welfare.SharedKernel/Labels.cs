using System.Collections.Concurrent;
using System.Reflection;

namespace Welfare.SharedKernel;

/// <summary>
/// What a member of an enum is called for people, in Japanese and English. It sits on the member itself so that a value
/// and its wording are written, reviewed and changed together; forms, CSV files, problem details and the contract all
/// read it through <see cref="Labels"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string japanese, string english) : Attribute
{
    public LocalizedText Text { get; } = new(japanese, english);
}

/// <summary>The one place that turns a coded value into words: an enum member's <see cref="LabelAttribute"/>, or yes/no.</summary>
public static class Labels
{
    private static readonly ConcurrentDictionary<Enum, LocalizedText> Cache = new();

    private static readonly LocalizedText Yes = new("はい", "Yes");
    private static readonly LocalizedText No = new("いいえ", "No");

    /// <exception cref="InvalidOperationException">The member has no label (an architecture test keeps this from shipping).</exception>
    public static LocalizedText Of(Enum value) => Cache.GetOrAdd(value, static v =>
        Find(v.GetType(), v.ToString()) ?? throw new InvalidOperationException($"{v.GetType().Name}.{v} has no [Label]."));

    public static LocalizedText Of(bool value) => value ? Yes : No;

    /// <summary>The members of <paramref name="enumType"/>, by name, with their labels (null where one is missing).</summary>
    public static IReadOnlyList<(string Name, LocalizedText? Label)> Members(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(name => (name, Find(enumType, name)))];

    private static LocalizedText? Find(Type enumType, string name) =>
        enumType.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<LabelAttribute>()?.Text;
}
