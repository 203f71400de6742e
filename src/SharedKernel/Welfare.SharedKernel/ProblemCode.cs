namespace Welfare.SharedKernel;

/// <summary>
/// A stable, machine-readable code <c>&lt;scope&gt;.&lt;kebab-name&gt;</c> that clients branch on, with the HTTP
/// status of the problem that carries it and its text in Japanese and English. Codes are made only by the
/// fields of a <see cref="ProblemCatalogue"/>, so a code that is not catalogued cannot be raised
/// (docs/adr/0003, docs/errors.md).
/// </summary>
public class ProblemCode
{
    internal ProblemCode(string value, int? status, LocalizedText text)
    {
        Value = value;
        Status = status;
        Text = text;
    }

    public string Value { get; }

    /// <summary>The status of a problem response with this code; null for a code that only names why an import row was rejected.</summary>
    public int? Status { get; }

    public LocalizedText Text { get; }

    public override string ToString() => Value;
}

/// <summary>A rule of the regulations: "this will never succeed as sent", answered 422.</summary>
public sealed class RuleCode : ProblemCode
{
    internal RuleCode(string value, LocalizedText text)
        : base(value, 422, text)
    {
    }
}

/// <summary>A collision with the current state of a record: "retrying with fresh data may succeed", answered 409.</summary>
public sealed class ConflictCode : ProblemCode
{
    internal ConflictCode(string value, LocalizedText text)
        : base(value, 409, text)
    {
    }
}
