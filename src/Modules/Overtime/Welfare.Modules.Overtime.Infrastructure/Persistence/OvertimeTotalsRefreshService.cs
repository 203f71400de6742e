using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

/// <summary>
/// Keeps totals fresh after imports without making the importer wait for them; readers refresh whatever
/// is still marked, so this only moves the work off the request path. Safe on several hosts (SKIP LOCKED).
/// </summary>
internal sealed partial class OvertimeTotalsRefreshService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OvertimeTotalsRefreshService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Overtime:RefreshTotalsInBackground", true))
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(configuration.GetValue("Overtime:RefreshTotalsIntervalSeconds", 5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var refreshed = await scope.ServiceProvider.GetRequiredService<OvertimeTotals>().RefreshAsync(skipLocked: true, stoppingToken);
                if (refreshed > 0)
                {
                    LogRefreshed(refreshed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e.GetType().Name);
            }

            await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Overtime totals refreshed for {EmployeeMonths} employee-months")]
    private partial void LogRefreshed(int employeeMonths);

    // The exception type only: messages of database errors can quote row values.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Overtime totals refresh failed ({ErrorType}); retried on the next tick")]
    private partial void LogFailed(string errorType);
}
