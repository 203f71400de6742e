using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Interviews.GetInterview;

/// <summary>One case as far as the caller may see it (404 for those who may not know it exists).</summary>
public sealed record GetInterviewQuery(Guid Id) : IQuery<LongHoursInterviewDto>;
