using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>
/// A Query/Retrieve information model: its FIND, MOVE and GET SOP classes and the levels it has (PS3.4 C.6.1, C.6.2).
/// </summary>
internal sealed record QueryRetrieveModel(string Name, string Flag, string FindUid, string MoveUid, string GetUid, IReadOnlyList<string> Levels)
{
    /// <summary>Query/Retrieve Level (0008,0052): which level of the model a request works at.</summary>
    public static readonly DicomTag LevelTag = new(0x0008, 0x0052);

    public static QueryRetrieveModel PatientRoot { get; } = new("Patient Root", "-P",
        "1.2.840.10008.5.1.4.1.2.1.1", "1.2.840.10008.5.1.4.1.2.1.2", "1.2.840.10008.5.1.4.1.2.1.3",
        ["PATIENT", "STUDY", "SERIES", "IMAGE"]);

    // Study Root has no PATIENT level: patient attributes are keys of the STUDY level (PS3.4 C.6.2.1).
    public static QueryRetrieveModel StudyRoot { get; } = new("Study Root", "-S",
        "1.2.840.10008.5.1.4.1.2.2.1", "1.2.840.10008.5.1.4.1.2.2.2", "1.2.840.10008.5.1.4.1.2.2.3",
        ["STUDY", "SERIES", "IMAGE"]);

    /// <summary>Every level either model knows, top down (PS3.4 C.6.1.1).</summary>
    public static IReadOnlyList<string> AllLevels { get; } = PatientRoot.Levels;
}
