namespace PacsLab.Interop.Tests;

/// <summary>Reads Peers/pydicom-test-files.tsv (file, expect, reason; '#' starts a comment line).</summary>
public static class PydicomTestFileTable
{
    private static readonly Lazy<IReadOnlyDictionary<string, PydicomTestFileRow>> Table = new(Load);

    public static IReadOnlyDictionary<string, PydicomTestFileRow> Rows => Table.Value;

    private static IReadOnlyDictionary<string, PydicomTestFileRow> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Peers", "pydicom-test-files.tsv");
        var rows = new Dictionary<string, PydicomTestFileRow>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[1] is not (PydicomTestFileRow.Same or PydicomTestFileRow.SameForced or PydicomTestFileRow.Refuse))
                throw new FormatException($"pydicom-test-files.tsv: '{line}' is not 'file<TAB>same|same-forced|refuse<TAB>reason'.");
            rows.Add(cells[0], new PydicomTestFileRow(cells[0], cells[1], cells.Length > 2 ? cells[2] : ""));
        }
        return rows;
    }
}
