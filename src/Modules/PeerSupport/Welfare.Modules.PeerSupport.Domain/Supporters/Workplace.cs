namespace Welfare.Modules.PeerSupport.Domain.Supporters;

/// <summary>
/// An office room (執務室) of a department. The department head designates at least one supporter for
/// each, unless they record why the room needs none (seed 000 第4-2(1)ア ただし書).
/// </summary>
public sealed class Workplace(Guid id, string departmentCode, string name, string registeredBy, DateTimeOffset registeredAt)
{
    public Guid Id { get; private set; } = id;

    public string DepartmentCode { get; private set; } = departmentCode;

    public string Name { get; private set; } = name;

    /// <summary>Why the head judged that this room needs no supporter of its own; null when it needs one.</summary>
    public string? NoSupporterReason { get; private set; }

    public string RegisteredBy { get; private set; } = registeredBy;

    public DateTimeOffset RegisteredAt { get; private set; } = registeredAt;

    public void SetNoSupporterReason(string? reason) => NoSupporterReason = string.IsNullOrWhiteSpace(reason) ? null : reason;
}
