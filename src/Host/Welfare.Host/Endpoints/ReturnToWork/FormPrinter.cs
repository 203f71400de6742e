using System.Globalization;
using System.Net;
using System.Text;
using Welfare.Host.Security;
using Welfare.Modules.ReturnToWork.Application.Forms;
using Welfare.SharedKernel.Application.Exports;

namespace Welfare.Host.Endpoints.ReturnToWork;

/// <summary>
/// Prints a numbered form in the caller's language (the handler already wrote labels, 和暦 days and Japan times): a
/// self-contained page (the form's labels, print styles) or RFC 4180 CSV with the same labels as its header line.
/// </summary>
internal static class FormPrinter
{
    private const string Style =
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:4px 8px;text-align:left;vertical-align:top}" +
        "th{background:#eee;white-space:nowrap}@media print{body{margin:0}}";

    /// <summary>The page's policy: nothing loads but its own style block.</summary>
    public static readonly string ContentSecurityPolicy = SecurityHeaders.AllowingStyle(Style);

    public static string Html(FormDto form)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(Language).Append("\"><head><meta charset=\"utf-8\"><title>").Append(Encode(form.Title)).Append("</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<p>").Append(Encode(Printed.Text(new($"第{form.FormNumber}号様式", $"Form {form.FormNumber}")))).Append("</p><h1>").Append(Encode(form.Title)).Append("</h1><table>");
        if (form.Rows.Count == 1)
        {
            // A single record prints as the form does: one labelled line per field.
            for (var i = 0; i < form.Columns.Count; i++)
            {
                html.Append("<tr><th>").Append(Encode(form.Columns[i].Label)).Append("</th><td>").Append(Encode(form.Rows[0][i])).Append("</td></tr>");
            }
        }
        else
        {
            html.Append("<tr>");
            foreach (var column in form.Columns)
            {
                html.Append("<th>").Append(Encode(column.Label)).Append("</th>");
            }

            html.Append("</tr>");
            foreach (var row in form.Rows)
            {
                html.Append("<tr>");
                foreach (var value in row)
                {
                    html.Append("<td>").Append(Encode(value)).Append("</td>");
                }

                html.Append("</tr>");
            }
        }

        return html.Append("</table></body></html>").ToString();
    }

    public static byte[] Csv(FormDto form) => CsvWriter.Write(form.Columns.Select(c => c.Label), form.Rows);

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
