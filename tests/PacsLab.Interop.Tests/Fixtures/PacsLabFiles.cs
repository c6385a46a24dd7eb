using PacsLab.Dicom;

namespace PacsLab.Interop.Tests;

/// <summary>Files PacsLab writes from <see cref="RichDataset"/>, one per transfer syntax and character set.</summary>
public static class PacsLabFiles
{
    /// <summary>The four native syntaxes by UID (theory data must be serializable) with a short name for file names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Syntaxes = new Dictionary<string, string>
    {
        [DicomTransferSyntax.ImplicitVRLittleEndian.Uid] = "implicit-le",
        [DicomTransferSyntax.ExplicitVRLittleEndian.Uid] = "explicit-le",
        [DicomTransferSyntax.ExplicitVRBigEndian.Uid] = "explicit-be",
        [DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid] = "deflated",
    };

    public static TheoryData<string, string> SyntaxesAndCharacterSets()
    {
        var data = new TheoryData<string, string>();
        foreach (var uid in Syntaxes.Keys)
        {
            data.Add(uid, RichDataset.Latin1);
            data.Add(uid, RichDataset.Utf8);
        }
        return data;
    }

    public static DicomFile Create(string syntaxUid, string characterSet) =>
        DicomFile.Create(RichDataset.Build(characterSet), DicomTransferSyntax.FromUid(syntaxUid), "PACSLAB_TEST");

    /// <summary>Writes the rich data set into the folder and returns the file object and its path.</summary>
    public static async Task<(DicomFile File, string Path)> WriteAsync(string directory, string syntaxUid, string characterSet)
    {
        var file = Create(syntaxUid, characterSet);
        var path = System.IO.Path.Combine(directory, $"pacslab-{Syntaxes[syntaxUid]}-{characterSet.Replace(' ', '_')}.dcm");
        await file.SaveAsync(path);
        return (file, path);
    }
}
