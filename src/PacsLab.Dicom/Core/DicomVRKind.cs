namespace PacsLab.Dicom;

/// <summary>How a VR's value bytes are interpreted.</summary>
public enum DicomVRKind
{
    /// <summary>Character string, possibly multi-valued with '\'.</summary>
    Text,
    /// <summary>Fixed-size binary numbers (US, SS, UL, SL, FL, FD, SV, UV, AT).</summary>
    Binary,
    /// <summary>Other-byte/word/float data and UN: opaque words of a fixed size.</summary>
    Bulk,
    /// <summary>SQ: a sequence of items.</summary>
    Sequence,
}
