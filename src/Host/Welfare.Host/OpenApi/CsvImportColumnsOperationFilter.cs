using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.Host.OpenApi;

/// <summary>
/// Marks an import that reads CSV through a module's column table: <paramref name="Columns"/> is that table as
/// Markdown (the module writes it from the table its reader uses), so the contract lists what is accepted.
/// </summary>
internal sealed record CsvImportColumns(string Columns);

/// <summary>Writes the <see cref="CsvImportColumns"/> and the character sets CSV may come in into the request body's description.</summary>
internal sealed class CsvImportColumnsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvImportColumns>().FirstOrDefault() is not { } file
            || operation.RequestBody is not OpenApiRequestBody body)
        {
            return;
        }

        body.Description = Charsets() + "\n\n" + file.Columns;
    }

    /// <summary>From the table the endpoint itself reads the charset with (<see cref="ImportText.CharsetNames"/>).</summary>
    private static string Charsets()
    {
        string Names(TextCharset charset) => string.Join(", ", ImportText.CharsetNames.Where(n => n.Value == charset).Select(n => $"`{n.Key}`"));
        return "Character set: JSON is UTF-8. CSV is UTF-8 (with or without BOM) or Shift_JIS as Windows writes it (CP932), named by the " +
               $"`charset` of the Content-Type — UTF-8: {Names(TextCharset.Utf8)}; Shift_JIS: {Names(TextCharset.ShiftJis)} — or, without a charset, " +
               "detected: valid UTF-8 is read as UTF-8, anything else as CP932. A file with a line that does not decode is refused whole " +
               "(400 naming the line, keyed `body`); any other charset is 415.";
    }
}
