namespace Welfare.SharedKernel;

/// <summary>A request that is well formed but breaks a rule of the regulations: answered 422.</summary>
public sealed class BusinessRuleViolationException : Exception
{
    public BusinessRuleViolationException(IBusinessRule rule)
        : this(rule.Code, rule.Message)
    {
    }

    public BusinessRuleViolationException(string code, LocalizedText text)
        : base(text.English)
    {
        Code = code;
        Text = text;
    }

    public string Code { get; }

    public LocalizedText Text { get; }
}
