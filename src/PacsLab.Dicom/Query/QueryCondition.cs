namespace PacsLab.Dicom.Query;

/// <summary>
/// One key of a C-FIND identifier turned into a typed condition (PS3.4 C.2.2.2). Every key is a condition, so a
/// pure return key is a <see cref="UniversalMatch"/>. A database translator pattern-matches the concrete records;
/// <see cref="Matches"/> evaluates the condition against a data set in memory.
/// </summary>
/// <param name="Tag">The key attribute.</param>
/// <param name="VR">The VR of the key as sent in the identifier; it decides which matching rules apply.</param>
public abstract record QueryCondition(DicomTag Tag, DicomVR VR)
{
    /// <summary>The PS3.6 keyword of <see cref="Tag"/>, or an empty string for a private or unknown element.</summary>
    public string Keyword => QueryKeyNames.Keyword(Tag);

    /// <summary>
    /// Whether the candidate's attribute satisfies this condition. When the candidate's attribute has several values,
    /// the condition matches if any one of them does; an absent or zero-length attribute matches only
    /// <see cref="UniversalMatch"/> and <see cref="EmptyValueMatch"/> (PS3.4 C.2.2.2.3).
    /// </summary>
    public abstract bool Matches(DicomDataset candidate);
}
