using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Interviews.GetMyInterviews;

/// <summary>The caller's own cases, newest month first: their hours for health purposes, the tier, the status and the opinion.</summary>
public sealed record GetMyInterviewsQuery : IQuery<IReadOnlyList<LongHoursInterviewDto>>;
