using FluentValidation;

namespace Welfare.SharedKernel.Application.Auditing.SearchAuditEntries;

internal sealed class SearchAuditEntriesQueryValidator : AbstractValidator<SearchAuditEntriesQuery>
{
    public SearchAuditEntriesQueryValidator()
    {
        RuleFor(q => q.ActorId).MaximumLength(64);
        RuleFor(q => q.Module).MaximumLength(64);
        RuleFor(q => q.Action).MaximumLength(128);
        RuleFor(q => q.RecordType).MaximumLength(128);
        RuleFor(q => q.RecordId).MaximumLength(128);
        RuleFor(q => q.Outcome).IsInEnum();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
    }
}
