namespace Welfare.Modules.PeerSupport.Application;

/// <summary>The employer's settings of the scheme (configuration section <c>PeerSupport</c>).</summary>
public sealed class PeerSupportSettings
{
    /// <summary>The department code of the welfare division (厚生課), which must always have a coordinator (第4-3(1)ア).</summary>
    public string? WelfareDivisionDepartmentCode { get; set; }

    /// <summary>Within how many hours of raising an urgent case an action must be recorded (第4-2(2)キ: 迅速に).</summary>
    public int UrgentActionHours { get; set; } = 24;
}
