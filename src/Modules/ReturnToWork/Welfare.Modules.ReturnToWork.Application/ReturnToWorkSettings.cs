namespace Welfare.Modules.ReturnToWork.Application;

/// <summary>The employer's choices (configuration section <c>ReturnToWork</c>).</summary>
public sealed class ReturnToWorkSettings
{
    public const string Section = "ReturnToWork";

    /// <summary>A support officer's grade must rank at least this grade's (art. 7(2): "警部補以上").</summary>
    public string SupportOfficerMinimumGrade { get; set; } = "G3";

    /// <summary>A plan's usual length (art. 9).</summary>
    public int StandardPlanWeeks { get; set; } = 4;

    /// <summary>The longest plan, extensions included (art. 9).</summary>
    public int MaxPlanWeeks { get; set; } = 12;

    /// <summary>Largest certificate file accepted.</summary>
    public long CertificateMaxBytes { get; set; } = 5 * 1024 * 1024;
}
