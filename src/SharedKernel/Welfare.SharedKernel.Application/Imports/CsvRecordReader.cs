using System.Runtime.CompilerServices;
using System.Text;

namespace Welfare.SharedKernel.Application.Imports;

/// <summary>
/// Streams RFC 4180 records (quoted fields with doubled quotes and line breaks, CRLF or LF, optional BOM)
/// from a request body without buffering it, each with the line it starts on for rejections.
/// </summary>
public static class CsvRecordReader
{
    public static async IAsyncEnumerable<(int Line, string[] Fields)> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            lineNumber++;
            var recordLine = lineNumber;
            if (lineNumber == 1 && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            if (text.Length == 0)
            {
                continue;
            }

            fields.Clear();
            field.Clear();
            var inQuotes = false;
            while (true)
            {
                for (var i = 0; i < text.Length; i++)
                {
                    var ch = text[i];
                    if (inQuotes)
                    {
                        if (ch != '"')
                        {
                            field.Append(ch);
                        }
                        else if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else if (ch == '"' && field.Length == 0)
                    {
                        inQuotes = true;
                    }
                    else if (ch == ',')
                    {
                        fields.Add(field.ToString());
                        field.Clear();
                    }
                    else
                    {
                        field.Append(ch);
                    }
                }

                // A quoted field runs on over the line break.
                if (!inQuotes || await reader.ReadLineAsync(cancellationToken) is not { } next)
                {
                    break;
                }

                lineNumber++;
                field.Append('\n');
                text = next;
            }

            fields.Add(field.ToString());
            yield return (recordLine, fields.ToArray());
        }
    }
}
