namespace Welfare.Host.Validation;

/// <summary>How a list or a statistic is answered: JSON, or CSV for a spreadsheet (UTF-8 with BOM).</summary>
internal enum TableFormat
{
    Json,
    Csv,
}

/// <summary>How a numbered form is answered: a page to print, or CSV.</summary>
internal enum FormFormat
{
    Html,
    Csv,
}
