using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.StressCheck.Application.Participation.GetParticipants;

/// <summary>
/// Who has and has not taken the check (never results), by staff number: for the implementer, the implementation
/// staff and welfare officers (別表第1). <see cref="Taken"/> and <see cref="Department"/> narrow the list.
/// </summary>
public sealed record GetParticipantsQuery(Guid CampaignId, bool? Taken, string? Department, PageRequest Paging)
    : IQuery<PagedList<ParticipantDto>>, IPagedQuery;

public sealed record ParticipantDto(string EmployeeId, string DepartmentCode, bool Taken, DateTimeOffset? LastSubmittedAt);
