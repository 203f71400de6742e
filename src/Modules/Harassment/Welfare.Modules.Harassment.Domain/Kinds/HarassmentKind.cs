using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Domain.Kinds;

/// <summary>The three kinds of the 2020 rules (訓令第9号・第10号・第11号); a complaint may name several.</summary>
public enum HarassmentKind
{
    [Label("セクシュアル・ハラスメント", "Sexual harassment")]
    SexualHarassment,
    [Label("妊娠、出産、育児又は介護に関するハラスメント", "Pregnancy, childbirth, childcare or family-care harassment")]
    PregnancyChildcareCareHarassment,
    [Label("パワー・ハラスメント", "Power harassment")]
    PowerHarassment,
}

/// <summary>Which paragraph of 訓令第10号 第2条 a sub-kind belongs to.</summary>
public enum SubKindGroup
{
    /// <summary>第1号: the employee's pregnancy, childbirth, symptoms, fertility treatment.</summary>
    [Label("妊娠、出産等に関する言動（第1号）", "Pregnancy, childbirth and related circumstances (No. 1)")]
    Circumstance,

    /// <summary>第2号: use of a pregnancy or childbirth measure or leave.</summary>
    [Label("妊娠又は出産に関する制度等の利用（第2号）", "Use of a pregnancy or childbirth measure (No. 2)")]
    PregnancyMeasure,

    /// <summary>第3号: use of a childcare measure or leave.</summary>
    [Label("育児に関する制度等の利用（第3号）", "Use of a childcare measure (No. 3)")]
    ChildcareMeasure,

    /// <summary>第4号: use of a family-care measure or leave.</summary>
    [Label("介護に関する制度等の利用（第4号）", "Use of a family-care measure (No. 4)")]
    CareMeasure,
}

/// <summary>
/// The grounds of pregnancy, childbirth, childcare or family-care harassment, as 訓令第10号 第2条 lists them
/// after the 2021 amendment (訓令第12号: fertility treatment and 出生サポート休暇 added).
/// </summary>
public enum HarassmentSubKind
{
    // 第1号
    [Label("妊娠したこと", "Pregnancy")]
    Pregnancy,
    [Label("出産したこと", "Childbirth")]
    Childbirth,
    [Label("妊娠又は出産に起因する症状により勤務できないこと又は能率が低下したこと", "Inability to work or lower efficiency from pregnancy or childbirth symptoms")]
    PregnancySymptoms,
    [Label("不妊治療を受けること", "Fertility treatment")]
    FertilityTreatment,

    // 第2号
    [Label("妊娠、出産、哺育等に有害な業務に就かせないこと（労基法64条の3）", "Exemption from work harmful to pregnancy (LSA 64-3)")]
    HazardousWorkExemption,
    [Label("他の軽易な業務への転換（労基法65条3項）", "Transfer to lighter duties (LSA 65(3))")]
    LighterDutiesTransfer,
    [Label("時間外労働・深夜業をさせないこと（労基法66条）", "Exemption from overtime and night work (LSA 66)")]
    OvertimeAndNightWorkExemption,
    [Label("出生サポート休暇", "Fertility support leave")]
    FertilitySupportLeave,
    [Label("産前休暇", "Prenatal leave")]
    PrenatalLeave,
    [Label("産後休暇", "Postnatal leave")]
    PostnatalLeave,
    [Label("育児休暇（服務規程）", "Nursing-time leave")]
    NursingTimeLeave,
    [Label("出産補助休暇", "Childbirth assistance leave")]
    ChildbirthAssistanceLeave,
    [Label("妊産疾病休暇", "Pregnancy illness leave")]
    PregnancyIllnessLeave,
    [Label("保健指導・健康診査のための職務専念義務免除", "Duty exemption for health guidance or check-ups")]
    HealthGuidanceExemption,
    [Label("勤務時間の始め又は終わりの職務専念義務免除", "Duty exemption at the start or end of working hours")]
    CommutingTimeExemption,
    [Label("休息・補食のための職務専念義務免除", "Duty exemption to rest or eat")]
    RestOrMealExemption,
    [Label("その他人事課長の定める妊娠又は出産に関する制度又は措置", "Other pregnancy or childbirth measure set by the personnel division")]
    OtherPregnancyMeasure,

    // 第3号
    [Label("育児休業", "Childcare leave")]
    ChildcareLeave,
    [Label("育児短時間勤務", "Short-time work for childcare")]
    ShortTimeChildcareWork,
    [Label("部分休業", "Partial childcare leave")]
    PartialChildcareLeave,
    [Label("深夜勤務の制限（育児）", "Limit on night work (childcare)")]
    ChildcareNightWorkExemption,
    [Label("時間外勤務の制限（育児）", "Limit on overtime (childcare)")]
    ChildcareOvertimeExemption,
    [Label("育児参加休暇", "Childcare participation leave")]
    ChildcareParticipationLeave,
    [Label("看護休暇・子の看護休暇", "Child nursing leave")]
    ChildNursingLeave,
    [Label("その他人事課長の定める育児に関する制度又は措置", "Other childcare measure set by the personnel division")]
    OtherChildcareMeasure,

    // 第4号
    [Label("深夜勤務の制限（介護）", "Limit on night work (family care)")]
    CareNightWorkExemption,
    [Label("時間外勤務の制限（介護）", "Limit on overtime (family care)")]
    CareOvertimeExemption,
    [Label("介護休暇", "Family-care leave")]
    CareLeave,
    [Label("介護時間", "Family-care hours")]
    CareHours,
    [Label("短期介護休暇", "Short-term family-care leave")]
    ShortTermCareLeave,
    [Label("その他人事課長の定める介護に関する制度又は措置", "Other family-care measure set by the personnel division")]
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
