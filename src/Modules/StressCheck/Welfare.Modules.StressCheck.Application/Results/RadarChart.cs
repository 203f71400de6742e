using System.Globalization;
using System.Net;
using System.Text;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.Modules.StressCheck.Application.Results;

/// <summary>
/// The radar chart of the 19 scales (seed 004 art. 7: "レーダーチャート等の図表で分かりやすく"), drawn on the
/// server as SVG: five rings for the five levels, 5 (outermost) the least stressed, labels in Japanese.
/// </summary>
internal static class RadarChart
{
    // The longest label (職場の対人関係でのストレス, 13 characters of 14 px) must fit beside the outer ring on both
    // sides: 460 + 268 + 182 < 920, checked in Chromium by BrowserRenderingTests.
    private const double Width = 920;
    private const double Centre = Width / 2;
    private const double Middle = 380;
    private const double Radius = 220;

    public static string Draw(Submission submission)
    {
        var n = Scales.All.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="760" viewBox="0 0 {Width} 760" font-family="'Noto Sans JP','Hiragino Sans','Yu Gothic',sans-serif" role="img" aria-label="ストレスプロフィール（19尺度）">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="760" fill="#ffffff"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Centre}" y="36" text-anchor="middle" font-size="22" font-weight="bold">あなたのストレスプロフィール</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Centre}" y="62" text-anchor="middle" font-size="13" fill="#555">外側ほどストレスが少ない状態です（5段階評価）</text>""");

        for (var ring = 1; ring <= 5; ring++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<polygon points="{Points(Enumerable.Repeat(ring, n).ToArray())}" fill="none" stroke="#cccccc" stroke-width="1"/>""");
            var (x, y) = Point(0, ring, n);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + 4:0.#}" y="{y - 2:0.#}" font-size="11" fill="#999">{ring}</text>""");
        }

        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, 5, n);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Centre}" y1="{Middle}" x2="{x:0.#}" y2="{y:0.#}" stroke="#e0e0e0"/>""");
            var (lx, ly) = Point(i, 6.1, n);
            var anchor = Math.Abs(lx - Centre) < 10 ? "middle" : lx > Centre ? "start" : "end";
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{lx:0.#}" y="{ly:0.#}" text-anchor="{anchor}" font-size="14">{WebUtility.HtmlEncode(Scales.All[i].Name.Japanese)}</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<polygon points="{Points(submission.Levels)}" fill="rgba(33,150,243,0.25)" stroke="#1976d2" stroke-width="2"/>""");
        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, submission.Levels[i], n);
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{x:0.#}" cy="{y:0.#}" r="4" fill="#1976d2"><title>{WebUtility.HtmlEncode(Scales.All[i].Name.Japanese)}: {submission.Levels[i]}</title></circle>""");
        }

        var verdict = submission.HighStress ? "高ストレス：面接指導を申し出ることができます" : "高ストレスには該当しません";
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Centre}" y="740" text-anchor="middle" font-size="15">{verdict}</text>""");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Points(IReadOnlyList<int> levels) =>
        string.Join(' ', levels.Select((level, i) => Point(i, level, levels.Count)).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));

    private static (double X, double Y) Point(int index, double level, int count)
    {
        var angle = (-Math.PI / 2) + (2 * Math.PI * index / count);
        var r = Radius * level / 5;
        return (Centre + (r * Math.Cos(angle)), Middle + (r * Math.Sin(angle)));
    }
}
