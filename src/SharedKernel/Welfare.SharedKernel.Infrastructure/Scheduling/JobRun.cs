namespace Welfare.SharedKernel.Infrastructure.Scheduling;

public enum JobRunStatus
{
    Pending,
    Succeeded,
    Failed,
}

/// <summary>The run of one job for one period (<c>platform.job_runs</c>): its claim across hosts and its outcome.</summary>
public sealed class JobRun
{
    public required string Job { get; init; }

    public required string Period { get; init; }

    public JobRunStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>A failed run is tried again from this time on (within its period).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The host of the last attempt.</summary>
    public string? Host { get; set; }

    /// <summary>The failure's type (and rule code), never its message: messages may quote records.</summary>
    public string? LastError { get; set; }
}
