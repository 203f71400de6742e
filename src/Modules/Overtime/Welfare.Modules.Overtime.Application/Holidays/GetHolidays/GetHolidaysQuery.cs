using Welfare.Modules.Overtime.Application.Holidays.SetHoliday;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Holidays.GetHolidays;

/// <summary>The employer's days off besides weekends, oldest first: of one calendar year, or of every year.</summary>
public sealed record GetHolidaysQuery(int? Year, PageRequest Paging) : IQuery<PagedList<HolidayDto>>, IPagedQuery;
