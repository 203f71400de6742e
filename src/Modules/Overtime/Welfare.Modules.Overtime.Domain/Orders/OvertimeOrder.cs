using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Orders;

/// <summary>特例業務: work for which overtime beyond the limits may be ordered (each excess then needs an excess analysis).</summary>
public enum SpecialBusinessCategory
{
    [Label("大規模災害への対処", "Response to a large disaster")]
    Disaster,
    [Label("重要な政策に関する法令の立案", "Drafting important legislation")]
    Legislation,
    [Label("他国又は国際機関との重要な交渉", "Important international negotiations")]
    InternationalNegotiation,
    [Label("感染症への対応", "Pandemic response")]
    Pandemic,
    [Label("予算編成", "Budget compilation")]
    Budget,
    [Label("人事・給与関係業務", "Personnel and pay")]
    Personnel,
    [Label("議会対応", "Assembly business")]
    Parliament,
    [Label("その他", "Other")]
    Other,
}

/// <summary>
/// Overtime ordered in advance by the department head (超過勤務命令): the day, the planned span in
/// Japan time, the reason and whether it is special business. A cancelled order stays as history.
/// </summary>
public sealed class OvertimeOrder
{
    public OvertimeOrder(Guid id, string employeeId, string departmentCode, DateOnly workDate, TimeOnly plannedStart, TimeOnly plannedEnd, string reason,
        SpecialBusinessCategory? specialBusiness, string orderedBy, DateTimeOffset orderedAt)
    {
        if (plannedEnd <= plannedStart)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.OrderReversed);
        }

        Id = id;
        EmployeeId = employeeId;
        DepartmentCode = departmentCode;
        WorkDate = workDate;
        PlannedStart = plannedStart;
        PlannedEnd = plannedEnd;
        Reason = reason;
        SpecialBusiness = specialBusiness;
        OrderedBy = orderedBy;
        OrderedAt = orderedAt;
    }

    public Guid Id { get; private set; }

    public string EmployeeId { get; private set; }

    public string DepartmentCode { get; private set; }

    public DateOnly WorkDate { get; private set; }

    public TimeOnly PlannedStart { get; private set; }

    public TimeOnly PlannedEnd { get; private set; }

    public int PlannedMinutes => (int)(PlannedEnd - PlannedStart).TotalMinutes;

    public string Reason { get; private set; }

    /// <summary>Set when the order is special business (特例業務); null for ordinary overtime.</summary>
    public SpecialBusinessCategory? SpecialBusiness { get; private set; }

    public string OrderedBy { get; private set; }

    public DateTimeOffset OrderedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public bool Overlaps(TimeOnly start, TimeOnly end) => CancelledAt is null && PlannedStart < end && start < PlannedEnd;

    public void Cancel(string by, DateTimeOffset at)
    {
        if (CancelledAt is not null)
        {
            throw new ConflictException(OvertimeProblems.OrderAlreadyCancelled);
        }

        CancelledAt = at;
        CancelledBy = by;
    }
}
