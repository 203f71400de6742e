namespace Welfare.Modules.Harassment.Domain.Kinds;

/// <summary>The three kinds of the 2020 rules (訓令第9号・第10号・第11号); a complaint may name several.</summary>
public enum HarassmentKind
{
    SexualHarassment,
    PregnancyChildcareCareHarassment,
    PowerHarassment,
}

/// <summary>Which paragraph of 訓令第10号 第2条 a sub-kind belongs to.</summary>
public enum SubKindGroup
{
    /// <summary>第1号: the employee's pregnancy, childbirth, symptoms, fertility treatment.</summary>
    Circumstance,

    /// <summary>第2号: use of a pregnancy or childbirth measure or leave.</summary>
    PregnancyMeasure,

    /// <summary>第3号: use of a childcare measure or leave.</summary>
    ChildcareMeasure,

    /// <summary>第4号: use of a family-care measure or leave.</summary>
    CareMeasure,
}

/// <summary>
/// The grounds of pregnancy, childbirth, childcare or family-care harassment, as 訓令第10号 第2条 lists them
/// after the 2021 amendment (訓令第12号: fertility treatment and 出生サポート休暇 added).
/// </summary>
public enum HarassmentSubKind
{
    // 第1号
    Pregnancy,
    Childbirth,
    PregnancySymptoms,
    FertilityTreatment,

    // 第2号
    HazardousWorkExemption,
    LighterDutiesTransfer,
    OvertimeAndNightWorkExemption,
    FertilitySupportLeave,
    PrenatalLeave,
    PostnatalLeave,
    NursingTimeLeave,
    ChildbirthAssistanceLeave,
    PregnancyIllnessLeave,
    HealthGuidanceExemption,
    CommutingTimeExemption,
    RestOrMealExemption,
    OtherPregnancyMeasure,

    // 第3号
    ChildcareLeave,
    ShortTimeChildcareWork,
    PartialChildcareLeave,
    ChildcareNightWorkExemption,
    ChildcareOvertimeExemption,
    ChildcareParticipationLeave,
    ChildNursingLeave,
    OtherChildcareMeasure,

    // 第4号
    CareNightWorkExemption,
    CareOvertimeExemption,
    CareLeave,
    CareHours,
    ShortTermCareLeave,
    OtherCareMeasure,
}

public static class HarassmentSubKinds
{
    public static SubKindGroup GroupOf(HarassmentSubKind subKind) => subKind switch
    {
        <= HarassmentSubKind.FertilityTreatment => SubKindGroup.Circumstance,
        <= HarassmentSubKind.OtherPregnancyMeasure => SubKindGroup.PregnancyMeasure,
        <= HarassmentSubKind.OtherChildcareMeasure => SubKindGroup.ChildcareMeasure,
        _ => SubKindGroup.CareMeasure,
    };
}
