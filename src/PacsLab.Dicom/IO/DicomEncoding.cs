namespace PacsLab.Dicom;

/// <summary>The encoding choices the writer and length calculator share.</summary>
internal readonly record struct DicomEncoding(bool Explicit, bool BigEndian, bool ForceExplicitLengths)
{
    public static DicomEncoding For(DicomTransferSyntax syntax, DicomWriteOptions options) =>
        new(syntax.IsExplicitVR, syntax.IsBigEndian, options.ExplicitLengthSequences);

    public static readonly DicomEncoding MetaGroup = new(true, false, true);

    /// <summary>
    /// The VR written in explicit VR: a value too long for a 16-bit length field is written as UN (PS3.5 6.2.2),
    /// which is what DCMTK does too.
    /// </summary>
    public DicomVR WrittenVR(DicomItem item) =>
        Explicit && !item.VR.HasLongLength && item is DicomElement e && PaddedLength(e.Length) > ushort.MaxValue ? DicomVR.UN : item.VR;

    public int HeaderLength(DicomVR vr) => Explicit && vr.HasLongLength ? 12 : 8;

    public bool UndefinedLength(DicomSequence sq) => sq.HasUndefinedLength && !ForceExplicitLengths;

    public bool UndefinedLength(DicomDataset item) => item.HasUndefinedLength && !ForceExplicitLengths;

    public static long PaddedLength(long length) => length + (length & 1);
}
