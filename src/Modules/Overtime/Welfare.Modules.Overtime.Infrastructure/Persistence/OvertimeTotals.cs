using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.WorkingTime;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

/// <summary>Runs overtime.refresh_totals (see the WorkingTime migration) until no month is marked.</summary>
internal sealed class OvertimeTotals(OvertimeDbContext db) : IOvertimeTotals
{
    /// <summary>Employee-months per transaction: bounded work and locks, several batches after a big import.</summary>
    public const int BatchSize = 20_000;

    /// <summary>A batch after a large import takes seconds on a small machine; the default 30 s is too close.</summary>
    private static readonly TimeSpan BatchTimeout = TimeSpan.FromMinutes(10);

    public Task RefreshAsync(CancellationToken cancellationToken) => RefreshAsync(skipLocked: false, cancellationToken);

    public async Task<int> RefreshAsync(bool skipLocked, CancellationToken cancellationToken)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(BatchTimeout);
        try
        {
            var total = 0;
            int taken;
            do
            {
                taken = await RefreshBatchAsync(skipLocked, cancellationToken);
                total += taken;
            }
            while (taken == BatchSize);

            return total;
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    private async Task<int> RefreshBatchAsync(bool skipLocked, CancellationToken cancellationToken)
    {
        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var taken = await db.Database.SqlQuery<int>($"SELECT overtime.refresh_totals({BatchSize}, {skipLocked}) AS \"Value\"").SingleAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return taken;
    }
}
