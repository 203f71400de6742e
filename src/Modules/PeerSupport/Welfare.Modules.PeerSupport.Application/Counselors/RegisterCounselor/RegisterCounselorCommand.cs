using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Counselors.RegisterCounselor;

/// <summary>A welfare officer enters an external counsellor in the registry (第4-4(1)).</summary>
public sealed record RegisterCounselorCommand(string Name, CounselorField Field, bool MentalHealth, bool Paid, string? FeeNote, string Contact, string Availability)
    : ICommand<ExternalCounselorDto>, IExternalCounselorFields;
