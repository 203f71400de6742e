using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Reports.ExportQuarterlyReports;

internal sealed class ExportQuarterlyReportsQueryValidator : AbstractValidator<ExportQuarterlyReportsQuery>
{
    public ExportQuarterlyReportsQueryValidator()
    {
        RuleFor(c => c.FiscalYear).InclusiveBetween(2000, 2200);
        RuleFor(c => c.Quarter).InclusiveBetween(1, 4);
    }
}
