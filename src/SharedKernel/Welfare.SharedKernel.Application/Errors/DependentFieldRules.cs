using FluentValidation;

namespace Welfare.SharedKernel.Application.Errors;

/// <summary>
/// Rules that judge a field by another one ("to" on or after "from", a family relationship only for a family
/// member). The contract can describe each field but not how they depend on each other, so a request that breaks
/// only such rules is well-formed by the contract and is answered 422 with the fields named, not 400 (docs/adr/0010).
/// Comparisons with another property (GreaterThan(x => x.From) …) count without being marked.
/// </summary>
public static class DependentFieldRules
{
    public const string ErrorCode = "depends-on-other-fields";

    public static IRuleBuilderOptions<T, TProperty> DependsOnOtherFields<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule) =>
        rule.WithErrorCode(ErrorCode);
}
