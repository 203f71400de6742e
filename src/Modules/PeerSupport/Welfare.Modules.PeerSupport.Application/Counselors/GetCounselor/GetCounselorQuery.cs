using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Counselors.GetCounselor;

/// <summary>One registry entry, active or not, with its version for a change (docs/adr/0011): supporters, coordinators, welfare officers.</summary>
public sealed record GetCounselorQuery(Guid Id) : IQuery<ExternalCounselorDto>;
