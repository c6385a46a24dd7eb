namespace PacsLab.Dicom.Network.Dimse;

/// <summary>C-MOVE / C-GET sub-operation counts (PS3.4 C.4.2.1.6, C.4.3.1.6). A count not sent is null.</summary>
public sealed record DimseSubOperations(int? Remaining, int? Completed, int? Failed, int? Warning)
{
    public override string ToString() =>
        $"remaining {Remaining?.ToString() ?? "-"}, completed {Completed ?? 0}, failed {Failed ?? 0}, warning {Warning ?? 0}";
}
