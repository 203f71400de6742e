using Welfare.SharedKernel;

namespace Welfare.Host.Validation;

/// <summary>How a list or a statistic is answered: JSON, or CSV for a spreadsheet (UTF-8 with BOM).</summary>
internal enum TableFormat
{
    [Label("JSON形式", "JSON")]
    Json,
    [Label("CSV形式", "CSV")]
    Csv,
}

/// <summary>How a numbered form is answered: a page to print, or CSV.</summary>
internal enum FormFormat
{
    [Label("印刷用のページ（HTML）", "Printable page (HTML)")]
    Html,
    [Label("CSV形式", "CSV")]
    Csv,
}
