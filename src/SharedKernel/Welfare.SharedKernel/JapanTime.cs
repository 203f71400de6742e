namespace Welfare.SharedKernel;

/// <summary>The employers are Japanese public bodies: their calendar days are days in Japan (UTC+9, no daylight saving).</summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
