namespace Welfare.SharedKernel;

/// <summary>A request that is well formed but breaks a rule of the regulations: answered 422.</summary>
public sealed class BusinessRuleViolationException : Exception
{
    public BusinessRuleViolationException(IBusinessRule rule)
        : this(rule.Code, rule.Message)
    {
    }

    /// <param name="code">The catalogued code.</param>
    /// <param name="detail">What went wrong this time, when it says more than the code's text (values, dates).</param>
    public BusinessRuleViolationException(RuleCode code, LocalizedText? detail = null)
        : base((detail ?? code.Text).English)
    {
        Code = code;
        Text = detail ?? code.Text;
    }

    public RuleCode Code { get; }

    public LocalizedText Text { get; }
}
