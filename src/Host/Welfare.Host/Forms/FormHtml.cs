using System.Net;
using System.Text;
using Welfare.Host.Security;
using Welfare.SharedKernel.Application.Forms;

namespace Welfare.Host.Forms;

/// <summary>
/// Prints a <see cref="PrintedForm"/> as one self-contained A4 page: the fonts Japanese offices have by name
/// (Windows, macOS, Linux) with a generic fallback, rows never split across sheets, a table header repeated on
/// each sheet, nothing loaded from elsewhere. BrowserRenderingTests print each form in Chromium.
/// </summary>
internal static class FormHtml
{
    private const string Mincho = "\"BIZ UDMincho\",\"Yu Mincho\",\"YuMincho\",\"Hiragino Mincho ProN\",\"Noto Serif CJK JP\",\"IPAexMincho\",serif";
    private const string Gothic = "\"BIZ UDPGothic\",\"Yu Gothic\",\"YuGothic\",\"Hiragino Sans\",\"Noto Sans CJK JP\",\"IPAexGothic\",sans-serif";

    private const string Style =
        "@page{size:A4;margin:15mm}" +
        $"html{{font-family:{Mincho};font-size:10.5pt;line-height:1.5;color:#000;background:#fff}}" +
        "body{margin:0 auto;max-width:180mm}" +
        "@media screen{body{padding:10mm}}" +
        $"h1{{font-family:{Gothic};font-size:15pt;text-align:center;margin:4mm 0 6mm;letter-spacing:.1em}}" +
        $"h2{{font-family:{Gothic};font-size:11pt;margin:5mm 0 1mm}}" +
        ".number{margin:0}.date{text-align:right;margin:2mm 0}.from{text-align:right;margin:0}.to{margin:2mm 0}p{margin:2mm 0}" +
        "table{border-collapse:collapse;width:100%;table-layout:fixed;margin:2mm 0}" +
        "th,td{border:.5pt solid #000;padding:1.2mm 2mm;vertical-align:top;text-align:left;overflow-wrap:anywhere;white-space:pre-wrap}" +
        "th{background:#f0f0f0;font-weight:normal}.fields th{width:32%}" +
        "tr{break-inside:avoid}thead{display:table-header-group}" +
        "td.blank{height:7mm}.lines td{height:7mm}" +
        ".seals{width:auto;table-layout:auto;margin:4mm 0 0 auto}.seals th{min-width:18mm;padding:1mm 3mm;text-align:center;white-space:nowrap}.seals td{height:20mm}" +
        ".choice span{display:inline-block;margin-right:1.5em}" +
        "figure{margin:2mm 0;break-inside:avoid}figure svg{width:100%;height:auto}figcaption{text-align:center}";

    /// <summary>The page's policy: nothing loads but its own style block.</summary>
    public static readonly string ContentSecurityPolicy = SecurityHeaders.AllowingStyle(Style);

    public static string Print(PrintedForm form)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>").Append(Encode(form.Title)).Append("</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>");
        if (form.Number.Length > 0)
        {
            html.Append("<p class=\"number\">").Append(Encode(form.Number)).Append("</p>");
        }

        html.Append("<h1>").Append(Encode(form.Title)).Append("</h1>");
        foreach (var part in form.Parts)
        {
            Print(html, part);
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Print(StringBuilder html, FormPart part)
    {
        switch (part)
        {
            case FormDate date:
                html.Append("<p class=\"date\">").Append(Encode(date.Label)).Append('　').Append(Encode(date.Date ?? FormValues.BlankDate)).Append("</p>");
                break;
            case FormAddress address:
                if (address.To is not null)
                {
                    html.Append("<p class=\"to\">").Append(Encode(address.To)).Append("　様</p>");
                }

                foreach (var line in address.From)
                {
                    html.Append("<p class=\"from\">").Append(Encode(line)).Append("</p>");
                }

                break;
            case FormParagraph paragraph:
                html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>");
                break;
            case FormFields fields:
                Heading(html, fields.Heading);
                html.Append("<table class=\"fields\">");
                foreach (var field in fields.Fields)
                {
                    html.Append("<tr><th>").Append(Encode(field.Label)).Append("</th><td").Append(field.Value is null ? " class=\"blank\">" : ">")
                        .Append(Encode(field.Value)).Append("</td></tr>");
                }

                html.Append("</table>");
                break;
            case FormTable table:
                Heading(html, table.Heading);
                html.Append("<table><thead><tr>");
                foreach (var column in table.Columns)
                {
                    html.Append("<th>").Append(Encode(column)).Append("</th>");
                }

                html.Append("</tr></thead><tbody>");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var value in row)
                    {
                        html.Append("<td>").Append(Encode(value)).Append("</td>");
                    }

                    html.Append("</tr>");
                }

                for (var i = 0; i < table.BlankRows; i++)
                {
                    Repeat(html.Append("<tr>"), "<td class=\"blank\"></td>", table.Columns.Count).Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            case FormChoice choice:
                html.Append("<table class=\"fields\"><tr><th>").Append(Encode(choice.Label)).Append("</th><td class=\"choice\">");
                foreach (var option in choice.Options)
                {
                    html.Append("<span>").Append(option == choice.Chosen ? "■ " : "□ ").Append(Encode(option)).Append("</span>");
                }

                html.Append("</td></tr></table>");
                break;
            case FormBlank blank:
                html.Append("<table class=\"lines\"><thead><tr><th>").Append(Encode(blank.Label)).Append("</th></tr></thead><tbody>");
                Repeat(html, "<tr><td></td></tr>", blank.Lines).Append("</tbody></table>");
                break;
            case FormSeals seals:
                html.Append("<table class=\"seals\"><tr>");
                foreach (var role in seals.Roles)
                {
                    html.Append("<th>").Append(Encode(role)).Append("</th>");
                }

                Repeat(html.Append("</tr><tr>"), "<td></td>", seals.Roles.Count).Append("</tr></table>");
                break;
            case FormFigure figure:
                // The module drew the SVG from numbers and fixed labels; it carries no caller's text.
                html.Append("<figure>").Append(figure.Svg);
                if (figure.Caption is not null)
                {
                    html.Append("<figcaption>").Append(Encode(figure.Caption)).Append("</figcaption>");
                }

                html.Append("</figure>");
                break;
            default:
                throw new InvalidOperationException($"{part.GetType().Name} has no print layout");
        }
    }

    private static void Heading(StringBuilder html, string? heading)
    {
        if (heading is not null)
        {
            html.Append("<h2>").Append(Encode(heading)).Append("</h2>");
        }
    }

    private static StringBuilder Repeat(StringBuilder html, string text, int times) => html.Insert(html.Length, text, times);

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
