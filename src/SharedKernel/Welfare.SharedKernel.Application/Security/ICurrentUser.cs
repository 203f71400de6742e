namespace Welfare.SharedKernel.Application.Security;

/// <summary>The authenticated caller of the current request, as the employer's identity provider describes them.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The <c>sub</c> claim: the caller's staff number, or a machine client's id.</summary>
    string Id { get; }

    /// <summary>The <c>department</c> claim; null for machine clients and external people.</summary>
    string? Department { get; }

    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role);
}
