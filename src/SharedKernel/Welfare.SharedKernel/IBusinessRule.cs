namespace Welfare.SharedKernel;

/// <summary>
/// A rule of the regulations that an aggregate enforces. <see cref="Code"/> is stable and machine readable
/// (clients branch on it); <see cref="Message"/> is shown to people.
/// </summary>
public interface IBusinessRule
{
    string Code { get; }

    LocalizedText Message { get; }

    bool IsBroken();
}
