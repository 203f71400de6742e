using Welfare.Modules.StressCheck.Domain.Questionnaires;
using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain.Scoring;

/// <summary>The 19 scales of the BJSQ (shared/domain/stress-check.md §2).</summary>
public enum Scale
{
    [Label("心理的な仕事の負担（量）", "Psychological job demands (quantity)")]
    WorkloadQuantity,
    [Label("心理的な仕事の負担（質）", "Psychological job demands (quality)")]
    WorkloadQuality,
    [Label("自覚的な身体的負担度", "Physical demands")]
    PhysicalBurden,
    [Label("職場の対人関係でのストレス", "Interpersonal conflict")]
    InterpersonalStress,
    [Label("職場環境によるストレス", "Poor physical environment")]
    EnvironmentStress,
    [Label("仕事のコントロール度", "Job control")]
    JobControl,
    [Label("技能の活用度", "Skill utilization")]
    SkillUtilization,
    [Label("仕事の適性度", "Suitable jobs")]
    JobFitness,
    [Label("働きがい", "Intrinsic reward")]
    RewardingWork,
    [Label("活気", "Vigour")]
    Vigor,
    [Label("イライラ感", "Irritability")]
    Irritability,
    [Label("疲労感", "Fatigue")]
    Fatigue,
    [Label("不安感", "Anxiety")]
    Anxiety,
    [Label("抑うつ感", "Depression")]
    Depression,
    [Label("身体愁訴", "Physical complaints")]
    PhysicalComplaints,
    [Label("上司からのサポート", "Support from supervisors")]
    SupervisorSupport,
    [Label("同僚からのサポート", "Support from co-workers")]
    CoworkerSupport,
    [Label("家族・友人からのサポート", "Support from family and friends")]
    FamilySupport,
    [Label("仕事や生活の満足度", "Satisfaction with work and life")]
    Satisfaction,
}

/// <summary>How a scale's raw score comes from the answers, and whether a high raw score means more stress.</summary>
public sealed record ScaleDefinition(Scale Scale, QuestionnaireSection Section, bool HighIsBad, Func<Answers, int> Raw)
{
    public LocalizedText Name => Labels.Of(Scale);
}

public static class Scales
{
    public static readonly IReadOnlyList<ScaleDefinition> All =
    [
        new(Scale.WorkloadQuantity, QuestionnaireSection.A, true, a => 15 - (a.A(1) + a.A(2) + a.A(3))),
        new(Scale.WorkloadQuality, QuestionnaireSection.A, true, a => 15 - (a.A(4) + a.A(5) + a.A(6))),
        new(Scale.PhysicalBurden, QuestionnaireSection.A, true, a => 5 - a.A(7)),
        new(Scale.InterpersonalStress, QuestionnaireSection.A, true, a => 10 - (a.A(12) + a.A(13)) + a.A(14)),
        new(Scale.EnvironmentStress, QuestionnaireSection.A, true, a => 5 - a.A(15)),
        new(Scale.JobControl, QuestionnaireSection.A, false, a => 15 - (a.A(8) + a.A(9) + a.A(10))),
        new(Scale.SkillUtilization, QuestionnaireSection.A, false, a => a.A(11)),
        new(Scale.JobFitness, QuestionnaireSection.A, false, a => 5 - a.A(16)),
        new(Scale.RewardingWork, QuestionnaireSection.A, false, a => 5 - a.A(17)),
        new(Scale.Vigor, QuestionnaireSection.B, false, a => a.B(1) + a.B(2) + a.B(3)),
        new(Scale.Irritability, QuestionnaireSection.B, true, a => a.B(4) + a.B(5) + a.B(6)),
        new(Scale.Fatigue, QuestionnaireSection.B, true, a => a.B(7) + a.B(8) + a.B(9)),
        new(Scale.Anxiety, QuestionnaireSection.B, true, a => a.B(10) + a.B(11) + a.B(12)),
        new(Scale.Depression, QuestionnaireSection.B, true, a => Sum(a.B, 13, 18)),
        new(Scale.PhysicalComplaints, QuestionnaireSection.B, true, a => Sum(a.B, 19, 29)),
        new(Scale.SupervisorSupport, QuestionnaireSection.C, false, a => 15 - (a.C(1) + a.C(4) + a.C(7))),
        new(Scale.CoworkerSupport, QuestionnaireSection.C, false, a => 15 - (a.C(2) + a.C(5) + a.C(8))),
        new(Scale.FamilySupport, QuestionnaireSection.C, false, a => 15 - (a.C(3) + a.C(6) + a.C(9))),
        new(Scale.Satisfaction, QuestionnaireSection.D, false, a => 10 - (a.D(1) + a.D(2))),
    ];

    public static ScaleDefinition Of(Scale scale) => All[(int)scale];

    private static int Sum(Func<int, int> item, int from, int to)
    {
        var sum = 0;
        for (var i = from; i <= to; i++)
        {
            sum += item(i);
        }

        return sum;
    }
}
