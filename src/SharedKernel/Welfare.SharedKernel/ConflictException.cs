namespace Welfare.SharedKernel;

/// <summary>
/// The request collides with the current state of a record (someone else changed it first, or the
/// record already exists): answered 409, and retrying with fresh data may succeed.
/// </summary>
public sealed class ConflictException : Exception
{
    public ConflictException(string code, LocalizedText text)
        : base(text.English)
    {
        Code = code;
        Text = text;
    }

    public string Code { get; }

    public LocalizedText Text { get; }
}
