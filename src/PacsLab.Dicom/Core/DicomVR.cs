namespace PacsLab.Dicom;

/// <summary>
/// A value representation (PS3.5 Table 6.2-1), with what the codec and validator need to know about it.
/// There are 34; each is a single shared instance, so reference equality works.
/// </summary>
public sealed class DicomVR
{
    private DicomVR(string code, DicomVRKind kind, bool longLength, int valueSize, long maxLength, bool maxInChars,
        byte padding, bool multiValued, bool usesCharacterSet)
    {
        Code = code;
        Kind = kind;
        HasLongLength = longLength;
        ValueSize = valueSize;
        MaxLength = maxLength;
        MaxLengthInCharacters = maxInChars;
        PaddingByte = padding;
        IsMultiValuedText = multiValued;
        UsesSpecificCharacterSet = usesCharacterSet;
    }

    public string Code { get; }
    public DicomVRKind Kind { get; }

    /// <summary>In explicit VR encodings: 2 reserved bytes then a 32-bit length (PS3.5 7.1.2), else a 16-bit length.</summary>
    public bool HasLongLength { get; }

    /// <summary>Bytes per binary value (2 for US and OW, 4 for UL, OF and AT, ...); 1 for text and OB/UN.</summary>
    public int ValueSize { get; }

    /// <summary>Largest length of one value (per component group for PN); 0 when only the 32-bit length limits it.</summary>
    public long MaxLength { get; }

    /// <summary>True when <see cref="MaxLength"/> counts characters rather than bytes (LO, SH, PN, ST, LT).</summary>
    public bool MaxLengthInCharacters { get; }

    /// <summary>The byte that pads an odd-length value to even length: NUL for UI and binary VRs, space for text.</summary>
    public byte PaddingByte { get; }

    /// <summary>Text whose values are separated by backslash. LT, ST, UT and UR are single-valued.</summary>
    public bool IsMultiValuedText { get; }

    /// <summary>Text that Specific Character Set (0008,0005) governs (PS3.5 6.1.2.3): SH, LO, ST, LT, PN, UC, UT.</summary>
    public bool UsesSpecificCharacterSet { get; }

    /// <summary>Only these may have an undefined length (0xFFFFFFFF) in a data set (PS3.5 7.1.1, 7.5.1, A.4).</summary>
    public bool MayHaveUndefinedLength => this == SQ || this == UN || this == OB || this == OW;

    /// <summary>Binary VRs whose values are byte-swapped in big-endian encodings.</summary>
    public bool NeedsByteSwap => ValueSize > 1 && Kind is DicomVRKind.Binary or DicomVRKind.Bulk && this != UN;

    public override string ToString() => Code;

    private static DicomVR Text(string code, long max, bool inChars = false, bool multi = true, bool charset = false,
        bool longLength = false, byte pad = 0x20) =>
        new(code, DicomVRKind.Text, longLength, 1, max, inChars, pad, multi, charset);

    private static DicomVR Binary(string code, int size) => new(code, DicomVRKind.Binary, false, size, size, false, 0, false, false);

    private static DicomVR Bulk(string code, int size) => new(code, DicomVRKind.Bulk, true, size, 0, false, 0, false, false);

    // PS3.5 Table 6.2-1
    public static readonly DicomVR AE = Text("AE", 16);
    public static readonly DicomVR AS = Text("AS", 4);
    public static readonly DicomVR AT = Binary("AT", 4);
    public static readonly DicomVR CS = Text("CS", 16);
    public static readonly DicomVR DA = Text("DA", 8);
    public static readonly DicomVR DS = Text("DS", 16);
    public static readonly DicomVR DT = Text("DT", 26);
    public static readonly DicomVR FD = Binary("FD", 8);
    public static readonly DicomVR FL = Binary("FL", 4);
    public static readonly DicomVR IS = Text("IS", 12);
    public static readonly DicomVR LO = Text("LO", 64, inChars: true, charset: true);
    public static readonly DicomVR LT = Text("LT", 10240, inChars: true, multi: false, charset: true);
    public static readonly DicomVR OB = Bulk("OB", 1);
    public static readonly DicomVR OD = Bulk("OD", 8);
    public static readonly DicomVR OF = Bulk("OF", 4);
    public static readonly DicomVR OL = Bulk("OL", 4);
    public static readonly DicomVR OV = Bulk("OV", 8);
    public static readonly DicomVR OW = Bulk("OW", 2);
    public static readonly DicomVR PN = Text("PN", 64, inChars: true, charset: true);
    public static readonly DicomVR SH = Text("SH", 16, inChars: true, charset: true);
    public static readonly DicomVR SL = Binary("SL", 4);
    public static readonly DicomVR SQ = new("SQ", DicomVRKind.Sequence, true, 1, 0, false, 0, false, false);
    public static readonly DicomVR SS = Binary("SS", 2);
    public static readonly DicomVR ST = Text("ST", 1024, inChars: true, multi: false, charset: true);
    public static readonly DicomVR SV = new("SV", DicomVRKind.Binary, true, 8, 8, false, 0, false, false);
    public static readonly DicomVR TM = Text("TM", 14);
    public static readonly DicomVR UC = Text("UC", 0, charset: true, longLength: true);
    public static readonly DicomVR UI = Text("UI", 64, pad: 0x00);
    public static readonly DicomVR UL = Binary("UL", 4);
    public static readonly DicomVR UN = Bulk("UN", 1);
    public static readonly DicomVR UR = Text("UR", 0, multi: false, longLength: true);
    public static readonly DicomVR US = Binary("US", 2);
    public static readonly DicomVR UT = Text("UT", 0, multi: false, charset: true, longLength: true);
    public static readonly DicomVR UV = new("UV", DicomVRKind.Binary, true, 8, 8, false, 0, false, false);

    public static IReadOnlyList<DicomVR> All { get; } =
    [
        AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW, PN,
        SH, SL, SQ, SS, ST, SV, TM, UC, UI, UL, UN, UR, US, UT, UV,
    ];

    /// <summary>Finds a VR by its two ASCII bytes; null for anything that is not one of the 34.</summary>
    public static DicomVR? FromBytes(byte first, byte second) => ((first << 8) | second) switch
    {
        0x4145 => AE, 0x4153 => AS, 0x4154 => AT, 0x4353 => CS, 0x4441 => DA, 0x4453 => DS, 0x4454 => DT,
        0x4644 => FD, 0x464C => FL, 0x4953 => IS, 0x4C4F => LO, 0x4C54 => LT, 0x4F42 => OB, 0x4F44 => OD,
        0x4F46 => OF, 0x4F4C => OL, 0x4F56 => OV, 0x4F57 => OW, 0x504E => PN, 0x5348 => SH, 0x534C => SL,
        0x5351 => SQ, 0x5353 => SS, 0x5354 => ST, 0x5356 => SV, 0x544D => TM, 0x5543 => UC, 0x5549 => UI,
        0x554C => UL, 0x554E => UN, 0x5552 => UR, 0x5553 => US, 0x5554 => UT, 0x5556 => UV,
        _ => null,
    };

    public static DicomVR? FromCode(string? code) =>
        code is { Length: 2 } ? FromBytes((byte)char.ToUpperInvariant(code[0]), (byte)char.ToUpperInvariant(code[1])) : null;

    public static DicomVR Parse(string code) =>
        FromCode(code) ?? throw new FormatException($"'{code}' is not one of the 34 DICOM value representations.");
}
