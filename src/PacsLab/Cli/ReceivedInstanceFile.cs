using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>
/// Where a received instance is written: FOLDER/&lt;SOP Instance UID&gt;.dcm. The UID comes from the peer, so it is
/// used as a name only when it is a valid UID (PS3.5 9.1: digits and dots, no empty component, so never "..", "/"
/// or a drive letter); otherwise the file gets a generated name.
/// </summary>
internal static class ReceivedInstanceFile
{
    public static string PathFor(string folder, string? sopInstanceUid) =>
        Path.Combine(folder, DicomUid.IsValid(sopInstanceUid) ? $"{sopInstanceUid}.dcm" : $"unnamed-{Guid.NewGuid():N}.dcm");

    /// <summary>Writes Part 10 next to the final name first, so an interrupted write never leaves a partial .dcm behind.</summary>
    public static async Task SaveAsync(string path, DicomDataset dataset, DicomTransferSyntax syntax, string sourceAeTitle, CancellationToken cancellationToken)
    {
        var partial = $"{path}.part";
        try
        {
            await DicomFile.Create(dataset, syntax, sourceAeTitle).SaveAsync(partial, cancellationToken: cancellationToken).ConfigureAwait(false);
            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            try { File.Delete(partial); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            throw;
        }
    }

    /// <summary>A UID as received, safe to print: control characters shown as '?', cut at 80 characters.</summary>
    public static string Printable(string? uid)
    {
        if (uid is null) return "(none)";
        var text = new string(uid.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return text.Length > 80 ? $"{text[..80]}..." : text;
    }
}
