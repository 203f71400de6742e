using System.Diagnostics;
using Welfare.SharedKernel;

namespace Welfare.SharedKernel.Application.Directory;

/// <summary>How far a module's copy of the directory is behind the Organisation module's committed changes.</summary>
/// <param name="PendingEvents">Directory events committed by Organisation and not yet applied to this copy.</param>
/// <param name="OldestPending">When the oldest of them happened; the copy is complete up to then.</param>
public sealed record DirectoryLag(long PendingEvents, DateTimeOffset? OldestPending)
{
    public bool IsCurrent => PendingEvents == 0;

    /// <summary>Up to when the copy holds every change: now when current, else the oldest change it lacks.</summary>
    public DateTimeOffset AsOf(DateTimeOffset now) => OldestPending is { } oldest && oldest < now ? oldest : now;
}

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>How long an operation that fixes directory data into a record waits for the copy to catch up.</summary>
    public TimeSpan CatchUpWait { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);
}

/// <summary>The module's copy of the directory is behind and did not catch up in time: 409 with Retry-After.</summary>
public sealed class DirectoryCatchingUpException(DirectoryLag lag, TimeSpan retryAfter) : Exception(
    $"The directory copy lacks {lag.PendingEvents} change(s) since {lag.OldestPending:O}.")
{
    public DirectoryLag Lag { get; } = lag;

    public TimeSpan RetryAfter { get; } = retryAfter;

    public LocalizedText Text { get; } = new(
        $"職員名簿の変更 {lag.PendingEvents} 件を反映中です。しばらくしてからやり直してください。",
        $"{lag.PendingEvents} change(s) of the directory are still being applied. Try again shortly.");
}

/// <summary>
/// Operations that fix directory data into a record (a campaign's targets, a pre-return's department, a designation)
/// must not use a stale copy: they wait briefly for the copy to catch up, and otherwise refuse (409).
/// </summary>
public sealed class DirectoryFreshness(DirectoryOptions options, TimeProvider clock)
{
    /// <summary>Returns up to when the copy is complete (now) or throws <see cref="DirectoryCatchingUpException"/>.</summary>
    public async Task<DateTimeOffset> EnsureCurrentAsync(IDirectoryReadModel directory, CancellationToken cancellationToken)
    {
        // Real elapsed time, not the clock: tests and replays run on a clock that may stand still.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var lag = await directory.LagAsync(cancellationToken);
            if (lag.IsCurrent)
            {
                return clock.GetUtcNow();
            }

            if (waited.Elapsed >= options.CatchUpWait)
            {
                throw new DirectoryCatchingUpException(lag, RetryAfter(lag));
            }

            await Task.Delay(options.PollInterval, cancellationToken);
        }
    }

    /// <summary>Up to when the copy is complete, for lists that show directory data.</summary>
    public async Task<DateTimeOffset> AsOfAsync(IDirectoryReadModel directory, CancellationToken cancellationToken) =>
        (await directory.LagAsync(cancellationToken)).AsOf(clock.GetUtcNow());

    // The relay applies thousands of employees a second; a few seconds cover most backlogs, and a caller should not poll harder.
    private static TimeSpan RetryAfter(DirectoryLag lag) => TimeSpan.FromSeconds(Math.Clamp(2 + (lag.PendingEvents / 5_000), 2, 60));
}
