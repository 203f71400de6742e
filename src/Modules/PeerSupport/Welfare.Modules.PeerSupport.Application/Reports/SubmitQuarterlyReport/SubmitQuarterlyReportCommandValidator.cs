using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Reports.SubmitQuarterlyReport;

internal sealed class SubmitQuarterlyReportCommandValidator : AbstractValidator<SubmitQuarterlyReportCommand>
{
    public SubmitQuarterlyReportCommandValidator()
    {
        RuleFor(c => c.FiscalYear).InclusiveBetween(2000, 2200);
        RuleFor(c => c.Quarter).InclusiveBetween(1, 4);
    }
}
