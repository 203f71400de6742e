using System.Text.RegularExpressions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.SharedKernel.Infrastructure.Scheduling;

/// <summary>
/// A job: a name (its configuration section <c>Jobs:&lt;Name&gt;</c> and its rows in <c>platform.job_runs</c>),
/// a default schedule, and the command it sends as the system for a period.
/// </summary>
public sealed partial class ScheduledJob
{
    internal ScheduledJob(string name, JobSchedule defaultSchedule, Func<IMediator, JobPeriod, CancellationToken, Task> run)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"A job name is 1–64 letters and digits (it is a configuration key): '{name}'.", nameof(name));
        }

        Name = name;
        DefaultSchedule = defaultSchedule;
        Run = run;
    }

    public string Name { get; }

    public JobSchedule DefaultSchedule { get; }

    internal Func<IMediator, JobPeriod, CancellationToken, Task> Run { get; }

    [GeneratedRegex("^[A-Za-z0-9]{1,64}$")]
    private static partial Regex NamePattern();
}

public static class ScheduledJobServiceCollectionExtensions
{
    /// <summary>
    /// Registers a job that sends <paramref name="command"/> for each due period through the ordinary pipeline
    /// (validation, unit of work, audit). Its handler must authorise <c>ICurrentUser.IsSystem</c> explicitly, and it
    /// should be idempotent: a run whose command committed but whose record did not is run again.
    /// </summary>
    public static IServiceCollection AddWelfareJob<TResult>(
        this IServiceCollection services, string name, string defaultSchedule, Func<JobPeriod, ICommand<TResult>> command) =>
        services.AddSingleton(new ScheduledJob(name, JobSchedule.Parse(defaultSchedule), (mediator, period, ct) => mediator.Send(command(period), ct)));
}
