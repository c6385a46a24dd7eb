namespace PacsLab.Dicom.Imaging;

/// <summary>
/// The stored bytes of one frame in native little-endian layout, with the layout that describes them. For 1-bit data
/// frames need not start on a byte boundary, so <see cref="BitOffset"/> says where this one starts in <see cref="Bytes"/>.
/// </summary>
internal readonly record struct FrameData(ReadOnlyMemory<byte> Bytes, long BitOffset, PixelLayout Layout);
