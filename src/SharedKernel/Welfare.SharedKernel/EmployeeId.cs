namespace Welfare.SharedKernel;

/// <summary>The employer's staff number. Never a name: names are personal data that modules do not need.</summary>
public readonly record struct EmployeeId
{
    public const int MaxLength = 32;

    public EmployeeId(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException("An employee id is 1 to 32 letters, digits or '-'.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public override string ToString() => Value;
}
