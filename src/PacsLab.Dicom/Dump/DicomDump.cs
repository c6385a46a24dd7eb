namespace PacsLab.Dicom;

/// <summary>
/// A dcmdump-like text listing: one line per element with tag, VR, value, length in bytes, VM and keyword;
/// sequence items indented by two spaces per level, with the delimitation items an undefined length implies.
/// </summary>
public static class DicomDump
{
    /// <summary>The whole file: the meta group and the data set, each under a header naming its transfer syntax.</summary>
    public static string Format(DicomFile file, DicomDumpOptions? options = null)
    {
        using var writer = new StringWriter();
        Write(writer, file, options);
        return writer.ToString();
    }

    /// <summary>The elements of a data set alone; lengths are those of <paramref name="syntax"/> (explicit VR little endian by default).</summary>
    public static string Format(DicomDataset dataset, DicomTransferSyntax? syntax = null, DicomDumpOptions? options = null)
    {
        using var writer = new StringWriter();
        Write(writer, dataset, syntax, options);
        return writer.ToString();
    }

    public static void Write(TextWriter output, DicomFile file, DicomDumpOptions? options = null)
    {
        var syntax = file.TransferSyntax;
        output.WriteLine();
        output.WriteLine("# Dicom-File-Format");
        foreach (var warning in file.Warnings) output.WriteLine($"# Warning: {warning}");
        output.WriteLine();
        output.WriteLine("# Dicom-Meta-Information-Header");
        output.WriteLine($"# Used TransferSyntax: {Describe(DicomTransferSyntax.ExplicitVRLittleEndian)}");
        new DicomDumpWriter(output, DicomTransferSyntax.ExplicitVRLittleEndian, options ?? DicomDumpOptions.Default)
            .WriteDataset(file.FileMetaInformation, 0);
        output.WriteLine();
        output.WriteLine("# Dicom-Data-Set");
        output.WriteLine($"# Used TransferSyntax: {Describe(syntax)}");
        new DicomDumpWriter(output, syntax, options ?? DicomDumpOptions.Default).WriteDataset(file.Dataset, 0);
    }

    public static void Write(TextWriter output, DicomDataset dataset, DicomTransferSyntax? syntax = null, DicomDumpOptions? options = null) =>
        new DicomDumpWriter(output, syntax ?? DicomTransferSyntax.ExplicitVRLittleEndian, options ?? DicomDumpOptions.Default)
            .WriteDataset(dataset, 0);

    private static string Describe(DicomTransferSyntax syntax) => $"{syntax.Name} ({syntax.Uid})";
}
