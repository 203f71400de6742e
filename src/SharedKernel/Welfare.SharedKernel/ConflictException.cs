namespace Welfare.SharedKernel;

/// <summary>
/// The request collides with the current state of a record (someone else changed it first, or the
/// record already exists): answered 409, and retrying with fresh data may succeed.
/// </summary>
public sealed class ConflictException : Exception
{
    /// <param name="code">The catalogued code.</param>
    /// <param name="detail">What went wrong this time, when it says more than the code's text (values, dates).</param>
    public ConflictException(ConflictCode code, LocalizedText? detail = null)
        : base((detail ?? code.Text).English)
    {
        Code = code;
        Text = detail ?? code.Text;
    }

    public ConflictCode Code { get; }

    public LocalizedText Text { get; }
}
