using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.WorkingTime;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

/// <summary>Runs overtime.refresh_totals (see the WorkingTime migration) until no month is marked.</summary>
internal sealed class OvertimeTotals(OvertimeDbContext db) : IOvertimeTotals
{
    /// <summary>Employee-months per transaction: bounded work and locks, several batches after a big import.</summary>
    public const int BatchSize = 20_000;

    public Task RefreshAsync(CancellationToken cancellationToken) => RefreshAsync(skipLocked: false, cancellationToken);

    public async Task<int> RefreshAsync(bool skipLocked, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var ownTransaction = db.Database.CurrentTransaction is null;
            await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var taken = await db.Database.SqlQuery<int>($"SELECT overtime.refresh_totals({BatchSize}, {skipLocked}) AS \"Value\"").SingleAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            total += taken;
            if (taken < BatchSize)
            {
                return total;
            }
        }
    }
}
