using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Reports.GetQuarterlyReports;

internal sealed class GetQuarterlyReportsQueryValidator : AbstractValidator<GetQuarterlyReportsQuery>
{
    public GetQuarterlyReportsQueryValidator()
    {
        RuleFor(c => c.FiscalYear).InclusiveBetween(2000, 2200);
        RuleFor(c => c.Quarter).InclusiveBetween(1, 4);
    }
}
