using Welfare.Modules.Overtime.Application.Holidays.SetHoliday;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Holidays.GetHolidays;

/// <summary>The days off besides weekends, oldest first: national holidays and the employer's own days, of one calendar year or of every year.</summary>
public sealed record GetHolidaysQuery(int? Year, PageRequest Paging) : IQuery<PagedList<HolidayDto>>, IPagedQuery;
