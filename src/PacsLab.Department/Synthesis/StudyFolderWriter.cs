using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>Writes a synthesized study as Part 10 files under a folder, in the <see cref="StudyFolderLayout"/>.</summary>
public static class StudyFolderWriter
{
    /// <returns>The paths written, relative to <paramref name="root"/>, in the study's order.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(SynthesizedStudy study, string root, CancellationToken cancellationToken = default)
    {
        var written = new List<string>(study.Instances.Count);
        foreach (var file in study.Instances)
        {
            var relative = StudyFolderLayout.RelativePath(file.Dataset);
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await file.SaveAsync(path, DicomWriteOptions.Default, cancellationToken).ConfigureAwait(false);
            written.Add(relative);
        }
        return written;
    }
}
