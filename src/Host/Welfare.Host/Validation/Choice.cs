using System.Text;

namespace Welfare.Host.Validation;

/// <summary>
/// A query or path value from a closed set, spelt as the lower-case, hyphenated name of a member of
/// <typeparamref name="TEnum"/> (<c>csv</c>, <c>decision-notice</c>). Minimal APIs bind it through
/// <see cref="TryParse"/>, so any other value is a 400 naming the parameter before a handler runs, and the
/// contract lists exactly these names (SwaggerSetup maps every Choice to a string enum of <see cref="Names"/>).
/// </summary>
internal readonly record struct Choice<TEnum>(TEnum Value)
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>().ToDictionary(NameOf, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

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
