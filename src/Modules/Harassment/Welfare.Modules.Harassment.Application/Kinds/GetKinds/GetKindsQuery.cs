using MediatR;
using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Kinds.GetKinds;

/// <summary>The catalogue of kinds and sub-kinds a complaint may name, with the article each comes from.</summary>
public sealed record GetKindsQuery : IQuery<IReadOnlyList<HarassmentKindDto>>;

public sealed record HarassmentSubKindDto(HarassmentSubKind SubKind, SubKindGroup Group, string Japanese, string English);

public sealed record HarassmentKindDto(HarassmentKind Kind, string Japanese, string English, string Rule, IReadOnlyList<HarassmentSubKindDto> SubKinds);

internal sealed class GetKindsQueryHandler : IRequestHandler<GetKindsQuery, IReadOnlyList<HarassmentKindDto>>
{
    private static readonly Dictionary<HarassmentSubKind, (string Ja, string En)> Labels = new()
    {
        [HarassmentSubKind.Pregnancy] = ("妊娠したこと", "Pregnancy"),
        [HarassmentSubKind.Childbirth] = ("出産したこと", "Childbirth"),
        [HarassmentSubKind.PregnancySymptoms] = ("妊娠又は出産に起因する症状により勤務できないこと又は能率が低下したこと", "Inability to work or lower efficiency from pregnancy or childbirth symptoms"),
        [HarassmentSubKind.FertilityTreatment] = ("不妊治療を受けること", "Fertility treatment"),
        [HarassmentSubKind.HazardousWorkExemption] = ("妊娠、出産、哺育等に有害な業務に就かせないこと（労基法64条の3）", "Exemption from work harmful to pregnancy (LSA 64-3)"),
        [HarassmentSubKind.LighterDutiesTransfer] = ("他の軽易な業務への転換（労基法65条3項）", "Transfer to lighter duties (LSA 65(3))"),
        [HarassmentSubKind.OvertimeAndNightWorkExemption] = ("時間外労働・深夜業をさせないこと（労基法66条）", "Exemption from overtime and night work (LSA 66)"),
        [HarassmentSubKind.FertilitySupportLeave] = ("出生サポート休暇", "Fertility support leave"),
        [HarassmentSubKind.PrenatalLeave] = ("産前休暇", "Prenatal leave"),
        [HarassmentSubKind.PostnatalLeave] = ("産後休暇", "Postnatal leave"),
        [HarassmentSubKind.NursingTimeLeave] = ("育児休暇（服務規程）", "Nursing-time leave"),
        [HarassmentSubKind.ChildbirthAssistanceLeave] = ("出産補助休暇", "Childbirth assistance leave"),
        [HarassmentSubKind.PregnancyIllnessLeave] = ("妊産疾病休暇", "Pregnancy illness leave"),
        [HarassmentSubKind.HealthGuidanceExemption] = ("保健指導・健康診査のための職務専念義務免除", "Duty exemption for health guidance or check-ups"),
        [HarassmentSubKind.CommutingTimeExemption] = ("勤務時間の始め又は終わりの職務専念義務免除", "Duty exemption at the start or end of working hours"),
        [HarassmentSubKind.RestOrMealExemption] = ("休息・補食のための職務専念義務免除", "Duty exemption to rest or eat"),
        [HarassmentSubKind.OtherPregnancyMeasure] = ("その他人事課長の定める妊娠又は出産に関する制度又は措置", "Other pregnancy or childbirth measure set by the personnel division"),
        [HarassmentSubKind.ChildcareLeave] = ("育児休業", "Childcare leave"),
        [HarassmentSubKind.ShortTimeChildcareWork] = ("育児短時間勤務", "Short-time work for childcare"),
        [HarassmentSubKind.PartialChildcareLeave] = ("部分休業", "Partial childcare leave"),
        [HarassmentSubKind.ChildcareNightWorkExemption] = ("深夜勤務の制限（育児）", "Limit on night work (childcare)"),
        [HarassmentSubKind.ChildcareOvertimeExemption] = ("時間外勤務の制限（育児）", "Limit on overtime (childcare)"),
        [HarassmentSubKind.ChildcareParticipationLeave] = ("育児参加休暇", "Childcare participation leave"),
        [HarassmentSubKind.ChildNursingLeave] = ("看護休暇・子の看護休暇", "Child nursing leave"),
        [HarassmentSubKind.OtherChildcareMeasure] = ("その他人事課長の定める育児に関する制度又は措置", "Other childcare measure set by the personnel division"),
        [HarassmentSubKind.CareNightWorkExemption] = ("深夜勤務の制限（介護）", "Limit on night work (family care)"),
        [HarassmentSubKind.CareOvertimeExemption] = ("時間外勤務の制限（介護）", "Limit on overtime (family care)"),
        [HarassmentSubKind.CareLeave] = ("介護休暇", "Family-care leave"),
        [HarassmentSubKind.CareHours] = ("介護時間", "Family-care hours"),
        [HarassmentSubKind.ShortTermCareLeave] = ("短期介護休暇", "Short-term family-care leave"),
        [HarassmentSubKind.OtherCareMeasure] = ("その他人事課長の定める介護に関する制度又は措置", "Other family-care measure set by the personnel division"),
    };

    public Task<IReadOnlyList<HarassmentKindDto>> Handle(GetKindsQuery request, CancellationToken cancellationToken)
    {
        var subKinds = Enum.GetValues<HarassmentSubKind>()
            .Select(s => new HarassmentSubKindDto(s, HarassmentSubKinds.GroupOf(s), Labels[s].Ja, Labels[s].En)).ToList();
        IReadOnlyList<HarassmentKindDto> kinds =
        [
            new(HarassmentKind.SexualHarassment, "セクシュアル・ハラスメント", "Sexual harassment", "令和2年鹿児島県訓令第9号", []),
            new(HarassmentKind.PregnancyChildcareCareHarassment, "妊娠、出産、育児又は介護に関するハラスメント", "Pregnancy, childbirth, childcare or family-care harassment",
                "令和2年鹿児島県訓令第10号（令和3年訓令第12号で改正）第2条", subKinds),
            new(HarassmentKind.PowerHarassment, "パワー・ハラスメント", "Power harassment", "令和2年鹿児島県訓令第11号", []),
        ];
        return Task.FromResult(kinds);
    }
}
