namespace Welfare.SharedKernel.Application.Forms;

/// <summary>
/// A form of a regulation as it is printed and filed (別記様式, 第N号様式): its parts in the order of the paper, all
/// values already in words an officer reads (labels, names, 和暦 dates from <see cref="FormValues"/>). The host prints
/// it as A4 HTML or as its CSV twin (docs/adr/0013-printed-forms.md); modules only say what is on it.
/// </summary>
/// <param name="Number">The form's number in its regulation, e.g. 別記様式第3号; empty where the regulation numbers none.</param>
/// <param name="Title">The heading printed on the form.</param>
/// <param name="FileName">The name of the file without extension (ASCII; the record's id keeps it unique).</param>
public sealed record PrintedForm(string Number, string Title, string FileName, IReadOnlyList<FormPart> Parts)
{
    /// <summary>The CSV twin: the rows an officer aggregates (see <see cref="FormTable.Aggregated"/>), else one line of every field.</summary>
    public (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows) Table()
    {
        var fields = Parts.SelectMany(p => p switch
        {
            FormFields f => f.Fields,
            FormChoice c => [new FormField(c.Label, c.Chosen)],
            FormDate d => [new FormField(d.Label, d.Date)],
            _ => [],
        }).ToList();
        if (Parts.OfType<FormTable>().FirstOrDefault(t => t.Aggregated) is { } table)
        {
            return ([.. fields.Select(f => f.Label), .. table.Columns],
                [.. table.Rows.Select(row => (IReadOnlyList<string?>)[.. fields.Select(f => f.Value), .. row])]);
        }

        return ([.. fields.Select(f => f.Label)], [[.. fields.Select(f => f.Value)]]);
    }
}

/// <summary>One part of a form, printed in order.</summary>
public abstract record FormPart;

/// <summary>A dated line, right-aligned (the date the form was made or handed over); null prints the blank 令和　年　月　日.</summary>
public sealed record FormDate(string Label, string? Date) : FormPart;

/// <summary>Who the form is addressed to (left, 様 added) and who issues it (right, one line each).</summary>
public sealed record FormAddress(string? To, IReadOnlyList<string> From) : FormPart;

/// <summary>A sentence of the form's own wording.</summary>
public sealed record FormParagraph(string Text) : FormPart;

/// <summary>Labelled fields, one per line; a null value prints an empty box to be filled in by hand.</summary>
public sealed record FormFields(string? Heading, IReadOnlyList<FormField> Fields) : FormPart;

/// <summary>A labelled value of a form.</summary>
public sealed record FormField(string Label, string? Value);

/// <summary>
/// A table of rows; <paramref name="Aggregated"/> marks the one an officer collects across forms (the CSV twin).
/// <paramref name="BlankRows"/> adds empty rows for entries made by hand.
/// </summary>
public sealed record FormTable(string? Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows, bool Aggregated = false, int BlankRows = 0) : FormPart;

/// <summary>A choice printed with its options as check boxes (□ / ■), the chosen one marked; null leaves all open.</summary>
public sealed record FormChoice(string Label, IReadOnlyList<string> Options, string? Chosen) : FormPart;

/// <summary>Lines left blank for a hand-written entry (所見, 意見).</summary>
public sealed record FormBlank(string Label, int Lines) : FormPart;

/// <summary>The approval and seal boxes of the form (決裁欄/印), one per role, left to right.</summary>
public sealed record FormSeals(IReadOnlyList<string> Roles) : FormPart;

/// <summary>A figure drawn by the module (an SVG, e.g. the stress profile), with a caption unless the figure has its own title.</summary>
public sealed record FormFigure(string? Caption, string Svg) : FormPart;
