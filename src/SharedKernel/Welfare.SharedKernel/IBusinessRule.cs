namespace Welfare.SharedKernel;

/// <summary>
/// A rule of the regulations that an aggregate enforces. <see cref="Code"/> is stable and machine readable
/// (clients branch on it); <see cref="Message"/> is shown to people: the code's text unless the rule says more.
/// </summary>
public interface IBusinessRule
{
    RuleCode Code { get; }

    LocalizedText Message => Code.Text;

    bool IsBroken();
}
