using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Holidays.GetHolidays;

internal sealed class GetHolidaysQueryValidator : AbstractValidator<GetHolidaysQuery>
{
    public GetHolidaysQueryValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
}
