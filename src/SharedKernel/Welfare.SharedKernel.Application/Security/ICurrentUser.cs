namespace Welfare.SharedKernel.Application.Security;

/// <summary>The authenticated caller of the current request, as the employer's identity provider describes them.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>
    /// The host itself, running a scheduled job outside any request (<see cref="SystemActor"/>). Commands a
    /// job sends authorise it explicitly; it never holds a role and no token can make a caller the system.
    /// Defaults to false, so a caller stand-in (benchmarks, other hosts) is never the system by omission.
    /// </summary>
    bool IsSystem => false;

    /// <summary>The <c>sub</c> claim: the caller's staff number, or a machine client's id.</summary>
    string Id { get; }

    /// <summary>The <c>department</c> claim; null for machine clients and external people.</summary>
    string? Department { get; }

    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role);
}
