using System.Buffers.Binary;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// A lookup table given by a three-valued descriptor (number of entries, 0 meaning 65536; first input value mapped;
/// bits per entry) and its data, as the Modality LUT (PS3.3 C.11.1.1.1), VOI LUT (PS3.3 C.11.2.1.1) and Palette
/// Color LUTs (PS3.3 C.7.6.3.1.5, C.7.6.3.1.6) define it. Inputs below the first mapped value get the first entry,
/// inputs past the end the last one.
/// </summary>
internal sealed class LookupTable
{
    private readonly int[] _entries;

    private LookupTable(int firstMapped, int[] entries, int bitsPerEntry)
    {
        FirstMapped = firstMapped;
        _entries = entries;
        BitsPerEntry = bitsPerEntry;
    }

    public int FirstMapped { get; }

    public int BitsPerEntry { get; }

    public int Count => _entries.Length;

    /// <summary>Largest value an entry can hold: 2^bits - 1.</summary>
    public int MaxOutput => (1 << BitsPerEntry) - 1;

    public int Lookup(long input)
    {
        var index = input - FirstMapped;
        if (index < 0) index = 0;
        else if (index >= _entries.Length) index = _entries.Length - 1;
        return _entries[index];
    }

    /// <summary>
    /// Reads a table. The first mapped value is signed when <paramref name="signedInput"/> says the values looked up
    /// can be negative, whatever VR (US or SS) the descriptor was written with. Data of 8-bit tables is accepted both
    /// packed two to a 16-bit word (as the standard says) and one per word (as many writers do).
    /// </summary>
    public static LookupTable Read(DicomDataset item, DicomTag descriptorTag, DicomTag dataTag, bool signedInput, string what)
    {
        if (item[descriptorTag] is not DicomElement { Length: >= 6 } descriptor)
            throw Invalid($"the {what} descriptor {descriptorTag} is missing or does not hold three 16-bit values (PS3.3 C.11.1.1.1).");
        if (item[dataTag] is not DicomElement data)
            throw Invalid($"the {what} data {dataTag} is missing.");

        var d = descriptor.Value.Span;
        var rawCount = BinaryPrimitives.ReadUInt16LittleEndian(d);
        var rawFirst = BinaryPrimitives.ReadUInt16LittleEndian(d[2..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(d[4..]);
        var count = rawCount == 0 ? 65536 : rawCount;
        int first = signedInput ? (short)rawFirst : rawFirst;
        if (bits is < 1 or > 16)
            throw Invalid($"the {what} descriptor {descriptorTag} gives {bits} bits per entry; it must be 8 or 16.");

        var bytes = data.Value.Span;
        int[] entries;
        if (bytes.Length >= 2 * count)
        {
            entries = new int[count];
            for (var i = 0; i < count; i++) entries[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2, 2));
            // Declared 8 bits but holding 16-bit values: trust the data.
            if (bits <= 8 && entries.Any(e => e > 255)) bits = 16;
        }
        else if (bits <= 8 && bytes.Length >= count)
        {
            entries = new int[count];
            for (var i = 0; i < count; i++) entries[i] = bytes[i];
        }
        else
        {
            throw Invalid($"the {what} data {dataTag} holds {bytes.Length} bytes, too few for the {count} entries of {bits} bits its descriptor {descriptorTag} announces.");
        }
        return new LookupTable(first, entries, bits);
    }

    private static DicomImagingException Invalid(string problem) =>
        new(DicomImagingError.InvalidPixelModule, $"cannot render: {problem}");
}
