namespace PacsLab.Department.Ris.Orders;

/// <summary>The modalities an order may be scheduled on: defined terms of Modality (0008,0060), PS3.3 C.7.3.1.1.1.</summary>
public static class RisModalities
{
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "CR", "CT", "DX", "ES", "IO", "MG", "MR", "NM", "OP", "OT", "PT", "PX", "RF", "RG", "SM", "US", "XA", "XC",
    };

    public static bool IsKnown(string modality) => Known.Contains(modality);
}
