using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Domain.Counselors;

/// <summary>The fields of expertise of 第4-4(1); mental health is a flag of the medical field (第4-4(2)).</summary>
public enum CounselorField
{
    [Label("医療", "Medical")]
    Medical,
    [Label("法律", "Legal")]
    Legal,
    [Label("税務", "Tax")]
    Tax,
    [Label("不動産", "Real estate")]
    RealEstate,
    [Label("その他", "Other")]
    Other,
}

/// <summary>
/// An external counsellor (部外相談員, not an employee) kept by the welfare division, with whether a
/// consultation costs the employee money: a supporter referring to a paid one must say so (第4-4(4)).
/// </summary>
public sealed class ExternalCounselor(Guid id, string name, CounselorField field, bool mentalHealth, bool paid, string? feeNote, string contact, string availability, string updatedBy, DateTimeOffset updatedAt)
    : IVersioned
{
    public Guid Id { get; private set; } = id;

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    public string Name { get; private set; } = name;

    public CounselorField Field { get; private set; } = field;

    public bool MentalHealth { get; private set; } = mentalHealth;

    public bool Paid { get; private set; } = paid;

    public string? FeeNote { get; private set; } = feeNote;

    public string Contact { get; private set; } = contact;

    public string Availability { get; private set; } = availability;

    /// <summary>False once the commission ended: kept for the referrals that name it, offered no more.</summary>
    public bool Active { get; private set; } = true;

    public string UpdatedBy { get; private set; } = updatedBy;

    public DateTimeOffset UpdatedAt { get; private set; } = updatedAt;

    public void Update(string name, CounselorField field, bool mentalHealth, bool paid, string? feeNote, string contact, string availability, bool active, string updatedBy, DateTimeOffset updatedAt)
    {
        Name = name;
        Field = field;
        MentalHealth = mentalHealth;
        Paid = paid;
        FeeNote = feeNote;
        Contact = contact;
        Availability = availability;
        Active = active;
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }
}
