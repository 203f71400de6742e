namespace Welfare.Modules.Overtime.Application.WorkingTime;

/// <summary>
/// Daily and monthly overtime derived from records, corrections, orders and schedules. Every write marks
/// the months it touches; a reader calls <see cref="RefreshAsync"/> first, so it never sees stale totals.
/// </summary>
internal interface IOvertimeTotals
{
    Task RefreshAsync(CancellationToken cancellationToken);
}
