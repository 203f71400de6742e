using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Counselors.UpdateCounselor;

/// <summary>A welfare officer changes a registry entry; <c>Active</c> false ends the commission (the entry stays for past referrals).</summary>
public sealed record UpdateCounselorCommand(Guid Id, string Name, CounselorField Field, bool MentalHealth, bool Paid, string? FeeNote, string Contact, string Availability, bool Active)
    : ICommand<ExternalCounselorDto>, IExternalCounselorFields;
