namespace PacsLab.Pacs.Corrections;

/// <summary>Why a correction was refused or failed, so the REST API can answer 404, 400, 409 or 500 without parsing text.</summary>
public enum CorrectionErrorKind
{
    /// <summary>A study, series or patient named in the request is not in the PACS.</summary>
    NotFound,

    /// <summary>The request itself is wrong: a value DICOM does not allow, nothing to change, a split of every series.</summary>
    Invalid,

    /// <summary>The request fights the PACS's current state: a Patient ID already taken, a study not in the recycle bin.</summary>
    Conflict,

    /// <summary>Rewriting a file or committing the index failed; nothing was changed.</summary>
    Failed,
}
