using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Guidance.GetGuidanceRequests;

/// <summary>The requests addressed to the caller as coordinator and those the caller sent as supporter, newest first.</summary>
public sealed record GetGuidanceRequestsQuery : IQuery<IReadOnlyList<GuidanceRequestDto>>;
