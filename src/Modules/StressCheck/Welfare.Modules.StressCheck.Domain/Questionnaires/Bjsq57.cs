using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain.Questionnaires;

public enum QuestionnaireSection
{
    /// <summary>仕事のストレス要因 (items 1–17).</summary>
    [Label("仕事のストレス要因", "Job stressors")]
    A,

    /// <summary>心身のストレス反応 (items 18–46).</summary>
    [Label("心身のストレス反応", "Stress reactions")]
    B,

    /// <summary>周囲のサポート (items 47–55).</summary>
    [Label("周囲のサポート", "Social support")]
    C,

    /// <summary>満足度 (items 56–57).</summary>
    [Label("満足度", "Satisfaction")]
    D,
}

/// <summary>One question of the questionnaire; <see cref="Number"/> is the absolute item number 1..57.</summary>
public sealed record QuestionnaireItem(int Number, string Code, QuestionnaireSection Section, LocalizedText Text);

/// <summary>
/// The MHLW Brief Job Stress Questionnaire, 57 items (職業性ストレス簡易調査票), with the answer labels
/// of each section. Answers are 1..4 (shared/domain/stress-check.md §1).
/// </summary>
public static class Bjsq57
{
    public const int ItemCount = 57;

    public static readonly IReadOnlyDictionary<QuestionnaireSection, IReadOnlyList<LocalizedText>> AnswerLabels =
        new Dictionary<QuestionnaireSection, IReadOnlyList<LocalizedText>>
        {
            [QuestionnaireSection.A] = [new("そうだ", "Very much so"), new("まあそうだ", "Moderately so"), new("ややちがう", "Somewhat not"), new("ちがう", "Not at all")],
            [QuestionnaireSection.B] = [new("ほとんどなかった", "Almost never"), new("ときどきあった", "Sometimes"), new("しばしばあった", "Often"), new("ほとんどいつもあった", "Almost always")],
            [QuestionnaireSection.C] = [new("非常に", "Very much"), new("かなり", "Considerably"), new("多少", "Somewhat"), new("全くない", "Not at all")],
            [QuestionnaireSection.D] = [new("満足", "Satisfied"), new("まあ満足", "Somewhat satisfied"), new("やや不満足", "Somewhat dissatisfied"), new("不満足", "Dissatisfied")],
        };

    public static readonly IReadOnlyDictionary<QuestionnaireSection, LocalizedText> SectionInstructions =
        new Dictionary<QuestionnaireSection, LocalizedText>
        {
            [QuestionnaireSection.A] = new("あなたの仕事についてうかがいます。最もあてはまるものを選んでください。", "About your work: choose the answer that fits best."),
            [QuestionnaireSection.B] = new("最近1か月間のあなたの状態についてうかがいます。", "About how you have been during the past month."),
            [QuestionnaireSection.C] = new("あなたの周りの方々についてうかがいます。", "About the people around you."),
            [QuestionnaireSection.D] = new("満足度について", "About your satisfaction."),
        };

    public static readonly IReadOnlyList<QuestionnaireItem> Items = Build();

    private static List<QuestionnaireItem> Build()
    {
        (QuestionnaireSection Section, string Japanese, string English)[] texts =
        [
            (QuestionnaireSection.A, "非常にたくさんの仕事をしなければならない", "I have an extremely large amount of work to do"),
            (QuestionnaireSection.A, "時間内に仕事が処理しきれない", "I cannot finish my work in the time available"),
            (QuestionnaireSection.A, "一生懸命働かなければならない", "I have to work very hard"),
            (QuestionnaireSection.A, "かなり注意を集中する必要がある", "I have to concentrate hard"),
            (QuestionnaireSection.A, "高度の知識や技術が必要なむずかしい仕事だ", "My job is difficult and needs advanced knowledge or skills"),
            (QuestionnaireSection.A, "勤務時間中はいつも仕事のことを考えていなければならない", "I must think about my work all the time during working hours"),
            (QuestionnaireSection.A, "からだを大変よく使う仕事だ", "My job requires a lot of physical effort"),
            (QuestionnaireSection.A, "自分のペースで仕事ができる", "I can work at my own pace"),
            (QuestionnaireSection.A, "自分で仕事の順番・やり方を決めることができる", "I can decide the order and way of doing my work"),
            (QuestionnaireSection.A, "職場の仕事の方針に自分の意見を反映できる", "My opinions are reflected in my workplace's policies"),
            (QuestionnaireSection.A, "自分の技能や知識を仕事で使うことが少ない", "I seldom use my skills or knowledge at work"),
            (QuestionnaireSection.A, "私の部署内で意見のくい違いがある", "There are differences of opinion within my section"),
            (QuestionnaireSection.A, "私の部署と他の部署とはうまが合わない", "My section does not get along with other sections"),
            (QuestionnaireSection.A, "私の職場の雰囲気は友好的である", "The atmosphere of my workplace is friendly"),
            (QuestionnaireSection.A, "私の職場の作業環境（騒音、照明、温度、換気など）はよくない", "My working environment (noise, lighting, temperature, ventilation) is poor"),
            (QuestionnaireSection.A, "仕事の内容は自分にあっている", "My work suits me"),
            (QuestionnaireSection.A, "働きがいのある仕事だ", "My work is worth doing"),
            (QuestionnaireSection.B, "活気がわいてくる", "I felt full of vigour"),
            (QuestionnaireSection.B, "元気がいっぱいだ", "I felt full of energy"),
            (QuestionnaireSection.B, "生き生きする", "I felt lively"),
            (QuestionnaireSection.B, "怒りを感じる", "I felt angry"),
            (QuestionnaireSection.B, "内心腹立たしい", "I felt inwardly annoyed"),
            (QuestionnaireSection.B, "イライラしている", "I felt irritable"),
            (QuestionnaireSection.B, "ひどく疲れた", "I felt extremely tired"),
            (QuestionnaireSection.B, "へとへとだ", "I felt exhausted"),
            (QuestionnaireSection.B, "だるい", "I felt sluggish"),
            (QuestionnaireSection.B, "気がはりつめている", "I felt tense"),
            (QuestionnaireSection.B, "不安だ", "I felt anxious"),
            (QuestionnaireSection.B, "落着かない", "I felt restless"),
            (QuestionnaireSection.B, "ゆううつだ", "I felt depressed"),
            (QuestionnaireSection.B, "何をするのも面倒だ", "Everything felt like a chore"),
            (QuestionnaireSection.B, "物事に集中できない", "I could not concentrate"),
            (QuestionnaireSection.B, "気分が晴れない", "I felt gloomy"),
            (QuestionnaireSection.B, "仕事が手につかない", "I could not get on with my work"),
            (QuestionnaireSection.B, "悲しいと感じる", "I felt sad"),
            (QuestionnaireSection.B, "めまいがする", "I felt dizzy"),
            (QuestionnaireSection.B, "体のふしぶしが痛む", "My joints ached"),
            (QuestionnaireSection.B, "頭が重かったり頭痛がする", "My head felt heavy or ached"),
            (QuestionnaireSection.B, "首筋や肩がこる", "My neck or shoulders were stiff"),
            (QuestionnaireSection.B, "腰が痛い", "My lower back hurt"),
            (QuestionnaireSection.B, "目が疲れる", "My eyes were tired"),
            (QuestionnaireSection.B, "動悸や息切れがする", "I had palpitations or shortness of breath"),
            (QuestionnaireSection.B, "胃腸の具合が悪い", "My stomach or bowels were upset"),
            (QuestionnaireSection.B, "食欲がない", "I had no appetite"),
            (QuestionnaireSection.B, "便秘や下痢をする", "I had constipation or diarrhoea"),
            (QuestionnaireSection.B, "よく眠れない", "I could not sleep well"),
            (QuestionnaireSection.C, "上司とどのくらい気軽に話ができますか", "How freely can you talk with your superiors?"),
            (QuestionnaireSection.C, "職場の同僚とどのくらい気軽に話ができますか", "How freely can you talk with your co-workers?"),
            (QuestionnaireSection.C, "配偶者、家族、友人等とどのくらい気軽に話ができますか", "How freely can you talk with your spouse, family or friends?"),
            (QuestionnaireSection.C, "あなたが困った時、上司はどのくらい頼りになりますか", "When you are in trouble, how reliable are your superiors?"),
            (QuestionnaireSection.C, "あなたが困った時、職場の同僚はどのくらい頼りになりますか", "When you are in trouble, how reliable are your co-workers?"),
            (QuestionnaireSection.C, "あなたが困った時、配偶者、家族、友人等はどのくらい頼りになりますか", "When you are in trouble, how reliable are your spouse, family or friends?"),
            (QuestionnaireSection.C, "あなたの個人的な問題を相談したら、上司はどのくらいきいてくれますか", "If you talk about a personal problem, how well do your superiors listen?"),
            (QuestionnaireSection.C, "あなたの個人的な問題を相談したら、職場の同僚はどのくらいきいてくれますか", "If you talk about a personal problem, how well do your co-workers listen?"),
            (QuestionnaireSection.C, "あなたの個人的な問題を相談したら、配偶者、家族、友人等はどのくらいきいてくれますか", "If you talk about a personal problem, how well do your spouse, family or friends listen?"),
            (QuestionnaireSection.D, "仕事に満足だ", "I am satisfied with my job"),
            (QuestionnaireSection.D, "家庭生活に満足だ", "I am satisfied with my family life"),
        ];

        var items = new List<QuestionnaireItem>(ItemCount);
        var perSection = new Dictionary<QuestionnaireSection, int>();
        for (var i = 0; i < texts.Length; i++)
        {
            var (section, japanese, english) = texts[i];
            perSection[section] = perSection.GetValueOrDefault(section) + 1;
            items.Add(new QuestionnaireItem(i + 1, $"{section}{perSection[section]}", section, new LocalizedText(japanese, english)));
        }

        return items;
    }
}
