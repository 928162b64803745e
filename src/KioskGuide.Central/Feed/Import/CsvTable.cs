using System.Text;

namespace KioskGuide.Central.Feed.Import;

/// <summary>
/// RFC 4180 CSV as spreadsheets save it: comma or semicolon (Danish Excel) found from the header,
/// quoted fields with "" and line breaks, UTF-8 with or without BOM. Each row knows the line it starts on.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        int firstLineEnd = text.IndexOfAny(['\r', '\n']);
        string firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        char delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';

        var records = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool quoted = false, fieldStarted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        EndRecord();
        if (records.Count == 0)
        {
            throw new FormatException("The file has no header line.");
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        return new CsvTable(header, records.Skip(1).ToList());

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRow(recordLine, [.. fields]));
            }

            fields.Clear();
        }
    }
}

/// <summary>One data row and the line of the file it starts on (the header is line 1).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
