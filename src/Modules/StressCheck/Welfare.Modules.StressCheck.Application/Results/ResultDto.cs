using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.Modules.StressCheck.Application.Results;

public sealed record ScaleResultDto(Scale Scale, string Name, string Domain, int RawScore, int Level);

/// <summary>
/// An individual result (個人結果): the 19 scales with their five-level values (1 = most stressed),
/// the domain sums of the campaign's method, and the high-stress selection with the interview offer.
/// </summary>
public sealed record ResultDto(
    Guid CampaignId,
    Guid SubmissionId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset NotifiedAt,
    ScoringMethod Method,
    int DomainA,
    int DomainB,
    int DomainC,
    bool HighStress,
    string? InterviewOffer,
    IReadOnlyList<ScaleResultDto> Scales)
{
    public static IReadOnlyList<ScaleResultDto> ScalesOf(Submission s) =>
        [.. Domain.Scoring.Scales.All.Select((definition, i) => new ScaleResultDto(
            definition.Scale, definition.Name.InCurrentCulture(), definition.Section.ToString(), s.RawScores[i], s.Levels[i]))];

    public static ResultDto From(Submission s)
    {
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var scales = ScalesOf(s);
        var offer = !s.HighStress ? null : english
            ? "Your result shows high stress. You can ask for an interview with the implementing physician (Form 3)."
            : "高ストレスと判定されました。実施者（医師）による面接指導を申し出ることができます（別記様式第3号）。";
        return new ResultDto(s.CampaignId, s.Id, s.SubmittedAt, s.NotifiedAt!.Value, s.Method, s.DomainA, s.DomainB, s.DomainC, s.HighStress, offer, scales);
    }
}
