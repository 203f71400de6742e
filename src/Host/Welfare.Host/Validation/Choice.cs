using System.Text;
using Welfare.SharedKernel;

namespace Welfare.Host.Validation;

/// <summary>
/// A query or path value from a closed set, spelt as the lower-case, hyphenated name of a member of
/// <typeparamref name="TEnum"/> (<c>csv</c>, <c>decision-notice</c>). Minimal APIs bind it through
/// <see cref="TryParse"/>, so any other value is a 400 naming the parameter before a handler runs, and the
/// contract lists exactly these names with their labels (<see cref="Labelled"/>, written by ChoiceOperationFilter).
/// </summary>
internal readonly record struct Choice<TEnum>(TEnum Value)
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>().ToDictionary(NameOf, StringComparer.Ordinal);

    /// <summary>Each name with what its member is called (<see cref="Labels"/>), for the contract.</summary>
    public static IReadOnlyList<(string Value, LocalizedText Label)> Labelled { get; } = [.. ByName.Select(c => (c.Key, Labels.Of(c.Value)))];

    public static bool TryParse(string? text, out Choice<TEnum> choice)
    {
        var found = ByName.TryGetValue(text ?? string.Empty, out var value);
        choice = new Choice<TEnum>(value);
        return found;
    }

    public static string NameOf(TEnum value)
    {
        var name = value.ToString();
        var kebab = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return kebab.ToString();
    }

    public override string ToString() => NameOf(Value);

    public static implicit operator TEnum(Choice<TEnum> choice) => choice.Value;
}
