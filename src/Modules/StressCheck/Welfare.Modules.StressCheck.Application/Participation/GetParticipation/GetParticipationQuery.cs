using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Participation.GetParticipation;

/// <summary>How many of a campaign's targets have taken the check (the people: GetParticipantsQuery).</summary>
public sealed record GetParticipationQuery(Guid CampaignId) : IQuery<ParticipationDto>;

public sealed record ParticipationDto(int Targets, int Taken);
