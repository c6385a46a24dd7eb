namespace PacsLab.Interop.Tests;

/// <summary>
/// One element in the normalized form that pydicom_values.py prints (its docstring states the rules): a path such as
/// "(0008,1115)[0](0008,1150)", the VR, the kind of value and the values as canonical strings.
/// </summary>
public sealed record NormalizedElement(string Path, string VR, string Kind, IReadOnlyList<string> Values)
{
    public string ValueText => "[" + string.Join(", ", Values.Select(v => $"\"{Clip(v)}\"")) + "]";

    public override string ToString() => $"{Path} {VR} {Kind} {ValueText}";

    public bool SameAs(NormalizedElement other) => VR == other.VR && Kind == other.Kind && Values.SequenceEqual(other.Values);

    private static string Clip(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
