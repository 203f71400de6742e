using System.Text;

namespace Welfare.Modules.Organisation.Application.Imports;

/// <summary>The values a coded column accepts besides the English name of the value: Japanese words and codes.</summary>
internal abstract class ImportCodes
{
    /// <summary>Each value's English name with the other spellings it accepts, in the enum's order.</summary>
    public abstract IEnumerable<(string Name, IReadOnlyList<string> Aliases)> Values { get; }

    /// <summary>"Regular (常勤), FixedTerm (会計年度任用)": for a rejection, short enough to read.</summary>
    public string Short() => string.Join(", ", Values.Select(v => v.Aliases.Count == 0 ? v.Name : $"{v.Name} ({v.Aliases[0]})"));
}

internal sealed class ImportCodes<T> : ImportCodes
    where T : struct, Enum
{
    private readonly (T Value, string[] Aliases)[] _values;

    public ImportCodes(params (T Value, string[] Aliases)[] values)
    {
        _values = values;
        Aliases = values.SelectMany(v => v.Aliases.Select(a => (a, v.Value))).ToDictionary(a => a.a, a => a.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Spelling → value, for the parser (the English names are read besides these).</summary>
    public IReadOnlyDictionary<string, T> Aliases { get; }

    public override IEnumerable<(string Name, IReadOnlyList<string> Aliases)> Values =>
        Enum.GetValues<T>().Select(v => (v.ToString(), (IReadOnlyList<string>)(_values.FirstOrDefault(x => x.Value.Equals(v)).Aliases ?? [])));
}

/// <summary>One column of an import: its field (the JSON name, also a CSV header), the Japanese CSV headers that name it, and what it holds.</summary>
internal sealed record ImportColumn(string Field, string[] Headers, ImportCodes? Codes = null, bool IsDate = false);

/// <summary>
/// The columns of one import, in one table that both the CSV reader (headers → fields) and the contract (the
/// request body's description) read, so that what is documented is what is accepted.
/// </summary>
internal sealed class ImportColumns
{
    public ImportColumns(params ImportColumn[] columns)
    {
        Columns = columns;
        HeaderToField = columns.SelectMany(c => c.Headers.Prepend(c.Field).Select(h => (Header: h, c.Field)))
            .ToDictionary(h => h.Header, h => h.Field, StringComparer.Ordinal);
    }

    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>CSV header → field; JSON uses the fields themselves.</summary>
    public IReadOnlyDictionary<string, string> HeaderToField { get; }

    /// <summary>The table as Markdown for the contract.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder()
            .Append("CSV: a header line naming each column by its field or by one of its Japanese headers (any order), then one row per line. ")
            .Append("Coded columns take the English value or one of the Japanese words and codes listed (JSON rows take them too). ")
            .Append("Dates are ISO (`2024-04-01`, also `2024/04/01`, `2024/4/1`) or the Japanese calendar (和暦): `R6.4.1`, `R06.04.01`, `令和6年4月1日`, `令和元年5月1日`, ")
            .Append("`H31.4.30`, `平成31年4月30日`, `S64.1.7`, also with 大正/明治 (T/M), '/' or '-' for '.', and full-width digits; a day its era does not have (`平成31年5月1日`) is refused.\n\n")
            .Append("| field | CSV headers | values |\n| --- | --- | --- |\n");
        foreach (var column in Columns)
        {
            var values = column.IsDate
                ? "date (ISO or 和暦)"
                : column.Codes is { } codes
                    ? string.Join("; ", codes.Values.Select(v => v.Aliases.Count == 0 ? $"`{v.Name}`" : $"`{v.Name}`: {string.Join(", ", v.Aliases)}"))
                    : string.Empty;
            text.Append($"| `{column.Field}` | {string.Join(", ", column.Headers)} | {values} |\n");
        }

        return text.ToString().TrimEnd('\n');
    }
}
