using System.Buffers.Binary;
using System.IO.Compression;

namespace PacsLab.Dicom;

/// <summary>
/// Reads PS3.10 files: preamble and "DICM", the meta group, then the data set in the syntax the meta names.
/// Also reads a file without preamble (starting at the meta group) and a bare data set without meta when its
/// first bytes make the syntax unambiguous.
/// </summary>
internal static class DicomFileReader
{
    private const int PreambleLength = 128;

    public static async Task<DicomFile> ReadAsync(Stream stream, DicomReadOptions options, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var source = new DicomByteSource(stream);
        var reader = new DicomDatasetReader(source, options, warnings, cancellationToken);

        ReadOnlyMemory<byte> preamble = ReadOnlyMemory<byte>.Empty;
        if (await source.EnsureAsync(PreambleLength + 4, cancellationToken).ConfigureAwait(false) && source.Peek(PreambleLength + 4)[PreambleLength..].SequenceEqual("DICM"u8))
        {
            preamble = source.Peek(PreambleLength).ToArray();
            source.Advance(PreambleLength + 4);
        }
        else if (await source.EnsureAsync(4, cancellationToken).ConfigureAwait(false) && source.Peek(4).SequenceEqual("DICM"u8))
        {
            warnings.Add("The file starts with \"DICM\" but has no 128-byte preamble.");
            source.Advance(4);
        }

        var meta = new DicomDataset();
        if (await source.EnsureAsync(2, cancellationToken).ConfigureAwait(false) && BinaryPrimitives.ReadUInt16LittleEndian(source.Peek(2)) == 0x0002)
        {
            meta = await reader.ReadMetaGroupAsync().ConfigureAwait(false);
        }
        else if (!preamble.IsEmpty)
        {
            warnings.Add("The file has a preamble and \"DICM\" but no File Meta Information group.");
        }

        DicomTransferSyntax syntax;
        if (meta.GetString(DicomTags.TransferSyntaxUID) is { Length: > 0 } uid)
        {
            syntax = DicomTransferSyntax.FromUid(uid);
        }
        else
        {
            syntax = await GuessSyntaxAsync(source, cancellationToken).ConfigureAwait(false);
            warnings.Add(meta.Count == 0
                ? $"The file has no File Meta Information; its data set looks like {syntax.Name}."
                : $"The File Meta Information names no transfer syntax; the data set looks like {syntax.Name}.");
        }

        if (!syntax.IsDeflated) syntax = await CheckExplicitnessAsync(source, syntax, warnings, cancellationToken).ConfigureAwait(false);

        DicomDataset dataset;
        if (syntax.IsDeflated)
        {
            // PS3.5 A.5: everything after the meta group is raw deflate (RFC 1951), no zlib header.
            await using var inflated = new DeflateStream(source.DetachRemainder(), CompressionMode.Decompress);
            var inflatedReader = new DicomDatasetReader(new DicomByteSource(inflated), options, warnings, cancellationToken);
            dataset = await WrapDeflateErrors(inflatedReader.ReadTopLevelAsync(syntax)).ConfigureAwait(false);
        }
        else
        {
            dataset = await reader.ReadTopLevelAsync(syntax).ConfigureAwait(false);
        }

        return new DicomFile(meta, dataset) { Preamble = preamble, Warnings = warnings, ReadSyntax = syntax };
    }

    private static async Task<DicomDataset> WrapDeflateErrors(Task<DicomDataset> reading)
    {
        try
        {
            return await reading.ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            throw new DicomFormatException($"the deflated data set cannot be inflated: {ex.Message}", 0, null, ex);
        }
    }

    /// <summary>
    /// Without meta information, the first element header tells the syntax: a known VR after the tag means explicit
    /// VR, a plausible group in big-endian order means big endian; otherwise implicit VR little endian.
    /// </summary>
    private static async Task<DicomTransferSyntax> GuessSyntaxAsync(DicomByteSource source, CancellationToken cancellationToken)
    {
        if (!await source.EnsureAsync(8, cancellationToken).ConfigureAwait(false))
            throw new DicomFormatException("the file is too short to hold a DICOM data set", source.Position);
        var head = source.Peek(8);
        var littleGroup = BinaryPrimitives.ReadUInt16LittleEndian(head);
        var bigGroup = BinaryPrimitives.ReadUInt16BigEndian(head);
        var hasVr = DicomVR.FromBytes(head[4], head[5]) is not null;
        if (hasVr && IsPlausibleFirstGroup(littleGroup)) return DicomTransferSyntax.ExplicitVRLittleEndian;
        if (hasVr && IsPlausibleFirstGroup(bigGroup)) return DicomTransferSyntax.ExplicitVRBigEndian;
        if (IsPlausibleFirstGroup(littleGroup)) return DicomTransferSyntax.ImplicitVRLittleEndian;
        throw new DicomFormatException("this is not a DICOM file: no \"DICM\" marker, no meta information, and the first bytes are not a data element", source.Position);
    }

    private static bool IsPlausibleFirstGroup(ushort group) => group <= 0x0010;

    /// <summary>
    /// Some writers name one syntax in the meta group and encode the data set in the other VR form. When the first
    /// element shows it unambiguously, read what is there (pydicom does the same; DCMTK gives up) and say so.
    /// </summary>
    private static async Task<DicomTransferSyntax> CheckExplicitnessAsync(DicomByteSource source, DicomTransferSyntax syntax,
        List<string> warnings, CancellationToken cancellationToken)
    {
        if (syntax.IsBigEndian || !await source.EnsureAsync(8, cancellationToken).ConfigureAwait(false)) return syntax;
        var head = source.Peek(8);
        var tag = new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(head), BinaryPrimitives.ReadUInt16LittleEndian(head[2..]));
        if (tag.Group == 0xFFFE) return syntax;
        var vr = DicomVR.FromBytes(head[4], head[5]);
        if (syntax.IsExplicitVR && vr is null)
        {
            warnings.Add($"The meta information says {syntax.Name}, but the data set is in implicit VR; it is read as implicit VR.");
            return syntax.IsEncapsulated ? syntax with { IsExplicitVR = false } : DicomTransferSyntax.ImplicitVRLittleEndian;
        }
        if (!syntax.IsExplicitVR && vr is not null && DicomDictionary.TryGet(tag, out var entry) && entry.ValueRepresentations.Contains(vr))
        {
            warnings.Add($"The meta information says {syntax.Name}, but the data set is in explicit VR; it is read as explicit VR.");
            return DicomTransferSyntax.ExplicitVRLittleEndian;
        }
        return syntax;
    }
}
