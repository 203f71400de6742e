using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.SharedKernel.Infrastructure.Scheduling;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Off: this host runs no job (tests turn it off; several hosts may all leave it on).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the host looks for due jobs.</summary>
    public TimeSpan WakeInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A failed run waits this long before its second attempt, doubling after each failure (at most an hour).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Runs the jobs that are due. Tests call <see cref="RunDueAsync"/> instead of waiting for the background loop.</summary>
public interface IJobScheduler
{
    /// <summary>The jobs in effect on this host with their schedules (configuration applied).</summary>
    IReadOnlyList<(string Name, JobSchedule Schedule)> Jobs { get; }

    /// <summary>Runs every due job whose period no host has completed or is running; returns the names this call ran.</summary>
    Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Once per period across every host: a run is claimed by locking its <c>platform.job_runs</c> row with
/// <c>FOR UPDATE SKIP LOCKED</c> in a transaction held while the job's command runs (in its own scope and
/// transaction, as the system). Another host skips a locked row and finds a finished one marked succeeded. If
/// the host dies mid-run, PostgreSQL drops the lock with the connection and the row is claimable again. A
/// failure is recorded and retried after <see cref="JobsOptions.RetryDelay"/> (doubling) until the period ends.
/// </summary>
internal sealed partial class JobScheduler : IJobScheduler
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);
    private static readonly string HostName = $"{Environment.MachineName}/{Environment.ProcessId}";

    private readonly List<(ScheduledJob Job, JobSchedule Schedule)> _jobs;
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<JobsOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<JobScheduler> _logger;

    public JobScheduler(
        IEnumerable<ScheduledJob> jobs,
        IServiceScopeFactory scopes,
        IConfiguration configuration,
        IOptions<JobsOptions> options,
        TimeProvider clock,
        ILogger<JobScheduler> logger)
    {
        _scopes = scopes;
        _options = options;
        _clock = clock;
        _logger = logger;
        _jobs = [];
        foreach (var job in jobs)
        {
            var section = configuration.GetSection($"{JobsOptions.Section}:{job.Name}");
            if (!section.GetValue("Enabled", true))
            {
                continue;
            }

            _jobs.Add((job, section["Schedule"] is { Length: > 0 } schedule ? JobSchedule.Parse(schedule) : job.DefaultSchedule));
        }
    }

    public IReadOnlyList<(string Name, JobSchedule Schedule)> Jobs => [.. _jobs.Select(j => (j.Job.Name, j.Schedule))];

    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        if (!_options.Value.Enabled)
        {
            return [];
        }

        var ran = new List<string>();
        foreach (var (job, schedule) in _jobs)
        {
            if (await TryRunAsync(job, schedule, cancellationToken))
            {
                ran.Add(job.Name);
            }
        }

        return ran;
    }

    private async Task<bool> TryRunAsync(ScheduledJob job, JobSchedule schedule, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (schedule.DuePeriodAt(now) is not { } period)
        {
            return false;
        }

        await using var claimScope = _scopes.CreateAsyncScope();
        var db = claimScope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var pending = nameof(JobRunStatus.Pending);
        var succeeded = nameof(JobRunStatus.Succeeded);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO platform.job_runs (job, period, status, attempts, next_attempt_at)
            VALUES ({job.Name}, {period.Key}, {pending}, 0, {now})
            ON CONFLICT (job, period) DO NOTHING
            """,
            cancellationToken);

        await using var claim = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = (await db.JobRuns.FromSql(
                $"""
                SELECT * FROM platform.job_runs
                WHERE job = {job.Name} AND period = {period.Key} AND status <> {succeeded} AND next_attempt_at <= {now}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken))
            .SingleOrDefault();
        if (run is null)
        {
            // Done, running on another host, or waiting for its retry time.
            return false;
        }

        run.Attempts++;
        run.StartedAt = now;
        run.Host = HostName;
        try
        {
            await using var jobScope = _scopes.CreateAsyncScope();
            jobScope.ServiceProvider.GetRequiredService<SystemActor>().Enter();
            await job.Run(jobScope.ServiceProvider.GetRequiredService<IMediator>(), period, cancellationToken);
            run.Status = JobRunStatus.Succeeded;
            run.LastError = null;
            LogSucceeded(_logger, job.Name, period.Key, run.Attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            run.Status = JobRunStatus.Failed;
            run.LastError = ex is BusinessRuleViolationException rule ? $"{ex.GetType().Name}: {rule.Code}"
                : ex is ConflictException conflict ? $"{ex.GetType().Name}: {conflict.Code}"
                : ex.GetType().Name;
            run.NextAttemptAt = _clock.GetUtcNow() + RetryDelay(run.Attempts);
            LogFailed(_logger, job.Name, period.Key, run.Attempts, run.LastError, run.NextAttemptAt);
        }

        run.FinishedAt = _clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        await claim.CommitAsync(CancellationToken.None);
        return true;
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = _options.Value.RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} ran for {Period} (attempt {Attempts})")]
    private static partial void LogSucceeded(ILogger logger, string job, string period, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed for {Period} on attempt {Attempts} ({Error}); retried from {NextAttemptAt:o}")]
    private static partial void LogFailed(ILogger logger, string job, string period, int attempts, string error, DateTimeOffset nextAttemptAt);
}

/// <summary>The background loop of the scheduler: wakes every <see cref="JobsOptions.WakeInterval"/>, on every host.</summary>
internal sealed partial class JobSchedulerService(IJobScheduler scheduler, IOptions<JobsOptions> options, TimeProvider clock, ILogger<JobSchedulerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.WakeInterval, clock);
        do
        {
            try
            {
                await scheduler.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next wake-up tries again.
                LogWakeFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The job scheduler failed ({Exception})")]
    private static partial void LogWakeFailed(ILogger logger, string exception);
}
