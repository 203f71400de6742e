namespace Welfare.Modules.ReturnToWork.Application.Forms;

/// <summary>
/// A numbered form of seed 001 (第1号様式 … 第7号様式) as data: its columns (stable key and the form's
/// label in the caller's language) and rows (one for a single record; one per day or week for logs and schedules).
/// The Host prints it as HTML or CSV.
/// </summary>
public sealed record FormDto(int FormNumber, string Form, string Title, IReadOnlyList<FormColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

public sealed record FormColumn(string Key, string Label);
