using Microsoft.Net.Http.Headers;
using Welfare.Host.Lists;
using Welfare.Host.Validation;
using Welfare.SharedKernel.Application.Exports;
using Welfare.SharedKernel.Application.Forms;

namespace Welfare.Host.Forms;

/// <summary>Answers a printed form: the A4 page by default, its CSV twin when the caller asks for CSV (<see cref="CsvAnswers"/>).</summary>
internal static class FormResults
{
    public static IResult Print(PrintedForm form, Choice<FormFormat>? format, HttpContext context)
    {
        if (context.Request.WantsCsv(format))
        {
            var (header, rows) = form.Table();
            return CsvAnswers.File(CsvWriter.Write(header, rows), $"{form.FileName}.csv");
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = FormHtml.ContentSecurityPolicy;
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = $"{form.FileName}.html" }.ToString();
        // Swagger UI offers a file with this header (a link to open and print) instead of showing the page's source;
        // browsers ignore it.
        headers["Content-Description"] = "File Transfer";
        return TypedResults.Content(FormHtml.Print(form), "text/html; charset=utf-8");
    }

    /// <summary>Documents the two media types of a form; HTML comes first, as it is the default.</summary>
    public static RouteHandlerBuilder ProducesForm(this RouteHandlerBuilder builder) => builder.AnswersCsv<string>("text/html");
}
