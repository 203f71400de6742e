using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.StressCheck.Application.Participation.GetParticipation;

/// <summary>
/// Who has and has not taken the check (never results): for the implementer, the implementation staff
/// and welfare officers (別表第1). <see cref="Taken"/> narrows the list.
/// </summary>
public sealed record GetParticipationQuery(Guid CampaignId, bool? Taken, string? DepartmentCode, PageRequest Paging)
    : IQuery<ParticipationDto>, IPagedQuery;

public sealed record ParticipationDto(int Targets, int Taken, Page<ParticipantDto> Participants);

public sealed record ParticipantDto(string EmployeeId, string DepartmentCode, bool Taken, DateTimeOffset? LastSubmittedAt);
