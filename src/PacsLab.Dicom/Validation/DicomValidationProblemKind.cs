namespace PacsLab.Dicom;

/// <summary>What kind of rule of PS3.5 (or PS3.6, for multiplicity and VR) a value breaks.</summary>
public enum DicomValidationProblemKind
{
    /// <summary>Longer than the VR allows (PS3.5 Table 6.2-1).</summary>
    TooLong,
    /// <summary>A character the VR's repertoire does not allow, or bytes the character set cannot decode.</summary>
    BadCharacter,
    /// <summary>An AE title made only of spaces.</summary>
    OnlySpaces,
    BadDate,
    BadTime,
    BadDateTime,
    /// <summary>An IS or DS value that is not a number of the allowed form or range.</summary>
    BadNumber,
    BadUid,
    BadAgeString,
    BadUri,
    /// <summary>A binary value whose length is not a whole number of values, or an odd-length fragment.</summary>
    WrongLength,
    /// <summary>A PN with more than 3 component groups or more than 5 components in a group.</summary>
    TooManyComponents,
    /// <summary>A number of values that the element's value multiplicity in PS3.6 does not allow.</summary>
    WrongMultiplicity,
    /// <summary>A VR that PS3.6 does not list for the element.</summary>
    UnexpectedVR,
    /// <summary>The value could not be read at all.</summary>
    Unreadable,
}
