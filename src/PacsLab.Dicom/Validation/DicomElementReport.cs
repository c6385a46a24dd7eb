namespace PacsLab.Dicom;

/// <summary>Turns the faults found in one element into problems whose message names the element, its VR and the value.</summary>
internal sealed class DicomElementReport(DicomItem item, string path, ICollection<DicomValidationProblem> problems)
{
    /// <summary>The element's PS3.6 name, when the dictionary knows it.</summary>
    public string? Name { get; set; }

    public void Add(int? valueIndex, string? value, DicomValidationProblemKind kind, string reason, bool showIndex = false)
    {
        var label = string.IsNullOrEmpty(Name) ? path : $"{Name} {path}";
        var which = valueIndex is { } i && showIndex ? $" value {i + 1}" : "";
        var quoted = value is null ? "" : $" '{DicomCharacterNames.Quote(value)}'";
        problems.Add(new DicomValidationProblem(path, item.Tag, item.VR, valueIndex, kind, $"{label} {item.VR}{which}{quoted} {reason}"));
    }
}
