using Welfare.Modules.PeerSupport.Domain.Counselors;

namespace Welfare.Modules.PeerSupport.Application.Counselors;

public sealed record ExternalCounselorDto(Guid Id, string Name, CounselorField Field, bool MentalHealth, bool Paid, string? FeeNote, string Contact, string Availability, bool Active)
{
    internal static ExternalCounselorDto From(ExternalCounselor c) => new(c.Id, c.Name, c.Field, c.MentalHealth, c.Paid, c.FeeNote, c.Contact, c.Availability, c.Active);
}

/// <summary>The registry's fields, as a welfare officer enters them.</summary>
public interface IExternalCounselorFields
{
    string Name { get; }

    CounselorField Field { get; }

    bool MentalHealth { get; }

    bool Paid { get; }

    string? FeeNote { get; }

    string Contact { get; }

    string Availability { get; }
}
