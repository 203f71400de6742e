namespace Welfare.SharedKernel;

/// <summary>The personnel system's code of a department (所属).</summary>
public readonly record struct DepartmentCode
{
    public const int MaxLength = 32;

    public DepartmentCode(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException("A department code is 1 to 32 letters, digits, '-' or '_'.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public override string ToString() => Value;
}
