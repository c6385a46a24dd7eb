using System.Linq.Expressions;
using PacsLab.Dicom;

namespace PacsLab.Pacs.Query;

/// <summary>
/// An attribute the index holds for rows of type <typeparamref name="TRow"/>: where it is (a column, maybe through a
/// parent) and its VR. <paramref name="InSql"/> false means the value is known but not worth filtering in SQL
/// (counts, multi-valued strings); such keys are still matched, in memory.
/// </summary>
public sealed record IndexedKey<TRow>(DicomTag Tag, DicomVR VR, Expression<Func<TRow, string>> Column, bool InSql = true)
{
    private Func<TRow, string>? _read;

    public string Read(TRow row) => (_read ??= Column.Compile())(row);
}
