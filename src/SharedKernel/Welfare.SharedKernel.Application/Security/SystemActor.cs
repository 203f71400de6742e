namespace Welfare.SharedKernel.Application.Security;

/// <summary>
/// Marks a scope as work the host starts by itself (a scheduled job), so its commands act as the system.
/// Only code inside the host can enter it; no token can claim it (see <see cref="ICurrentUser.IsSystem"/>).
/// </summary>
public sealed class SystemActor
{
    /// <summary>The actor id the audit trail and the records show for the system.</summary>
    public const string Id = "system";

    public bool IsActive { get; private set; }

    public void Enter() => IsActive = true;
}
