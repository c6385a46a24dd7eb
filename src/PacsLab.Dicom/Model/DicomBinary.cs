using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;

namespace PacsLab.Dicom;

/// <summary>Reading and writing binary numeric values (US, SS, UL, SL, FL, FD, SV, UV, AT and the O* VRs).</summary>
public static class DicomBinary
{
    /// <summary>Bytes swapped as one unit in big endian: AT is two 16-bit numbers, the rest one value each.</summary>
    public static int SwapUnit(DicomVR vr) => vr == DicomVR.AT ? 2 : vr.ValueSize;

    /// <summary>Reverses the byte order of each unit in place (big endian to little endian or back).</summary>
    public static void SwapInPlace(Span<byte> bytes, int unit)
    {
        switch (unit)
        {
            case 2:
                for (var i = 0; i + 1 < bytes.Length; i += 2) (bytes[i], bytes[i + 1]) = (bytes[i + 1], bytes[i]);
                break;
            case 4:
            case 8:
                for (var i = 0; i + unit <= bytes.Length; i += unit) bytes.Slice(i, unit).Reverse();
                break;
        }
    }

    public static int Count(DicomElement e) => e.VR.ValueSize <= 1 ? e.Length : e.Length / e.VR.ValueSize;

    /// <summary>Reads value <paramref name="index"/> of a binary element and converts it to T.</summary>
    public static T Read<T>(DicomElement e, int index) where T : INumber<T>
    {
        var span = e.Value.Span;
        var size = e.VR.ValueSize;
        if (index < 0 || (index + 1) * size > span.Length)
            throw new IndexOutOfRangeException($"{e.Tag} has {Count(e)} value(s); there is no value {index + 1}.");
        var v = span.Slice(index * size, size);
        var vr = e.VR;
        if (vr == DicomVR.US || vr == DicomVR.OW) return T.CreateChecked(BinaryPrimitives.ReadUInt16LittleEndian(v));
        if (vr == DicomVR.SS) return T.CreateChecked(BinaryPrimitives.ReadInt16LittleEndian(v));
        if (vr == DicomVR.UL || vr == DicomVR.OL) return T.CreateChecked(BinaryPrimitives.ReadUInt32LittleEndian(v));
        if (vr == DicomVR.SL) return T.CreateChecked(BinaryPrimitives.ReadInt32LittleEndian(v));
        if (vr == DicomVR.FL || vr == DicomVR.OF) return T.CreateChecked(BinaryPrimitives.ReadSingleLittleEndian(v));
        if (vr == DicomVR.FD || vr == DicomVR.OD) return T.CreateChecked(BinaryPrimitives.ReadDoubleLittleEndian(v));
        if (vr == DicomVR.SV) return T.CreateChecked(BinaryPrimitives.ReadInt64LittleEndian(v));
        if (vr == DicomVR.UV || vr == DicomVR.OV) return T.CreateChecked(BinaryPrimitives.ReadUInt64LittleEndian(v));
        if (vr == DicomVR.AT) return T.CreateChecked(ReadTag(e, index).Value);
        return T.CreateChecked(v[0]);
    }

    public static DicomTag ReadTag(DicomElement e, int index)
    {
        var v = e.Value.Span.Slice(index * 4, 4);
        return new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(v), BinaryPrimitives.ReadUInt16LittleEndian(v[2..]));
    }

    public static string Format(DicomElement e, int index, IFormatProvider culture)
    {
        var vr = e.VR;
        if (vr == DicomVR.AT) return ReadTag(e, index).ToString();
        if (vr == DicomVR.FL || vr == DicomVR.OF) return Read<float>(e, index).ToString("R", culture);
        if (vr == DicomVR.FD || vr == DicomVR.OD) return Read<double>(e, index).ToString("R", culture);
        if (vr == DicomVR.SS || vr == DicomVR.SL || vr == DicomVR.SV) return Read<long>(e, index).ToString(culture);
        return Read<ulong>(e, index).ToString(culture);
    }

    /// <summary>Encodes numbers as a binary element of the given VR.</summary>
    public static DicomElement FromValues<T>(DicomTag tag, DicomVR vr, IReadOnlyList<T> values) where T : INumber<T>
    {
        var size = vr.ValueSize;
        var bytes = new byte[values.Count * size];
        for (var i = 0; i < values.Count; i++) WriteOne(bytes.AsSpan(i * size, size), vr, values[i]);
        return new DicomElement(tag, vr, bytes);
    }

    public static DicomElement FromTags(DicomTag tag, IReadOnlyList<DicomTag> values)
    {
        var bytes = new byte[values.Count * 4];
        for (var i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4), values[i].Group);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4 + 2), values[i].Element);
        }
        return new DicomElement(tag, DicomVR.AT, bytes);
    }

    /// <summary>Parses text such as "512" or "(0010,0010)" into a binary element.</summary>
    public static DicomElement FromText(DicomTag tag, DicomVR vr, IReadOnlyList<string> values)
    {
        if (vr == DicomVR.AT) return FromTags(tag, values.Select(DicomTag.Parse).ToList());
        if (vr == DicomVR.FL || vr == DicomVR.FD || vr == DicomVR.OF || vr == DicomVR.OD)
            return FromValues(tag, vr, values.Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToList());
        if (vr == DicomVR.SS || vr == DicomVR.SL || vr == DicomVR.SV)
            return FromValues(tag, vr, values.Select(v => long.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToList());
        return FromValues(tag, vr, values.Select(v => ulong.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToList());
    }

    private static void WriteOne<T>(Span<byte> v, DicomVR vr, T value) where T : INumber<T>
    {
        if (vr == DicomVR.US || vr == DicomVR.OW) BinaryPrimitives.WriteUInt16LittleEndian(v, ushort.CreateChecked(value));
        else if (vr == DicomVR.SS) BinaryPrimitives.WriteInt16LittleEndian(v, short.CreateChecked(value));
        else if (vr == DicomVR.UL || vr == DicomVR.OL) BinaryPrimitives.WriteUInt32LittleEndian(v, uint.CreateChecked(value));
        else if (vr == DicomVR.SL) BinaryPrimitives.WriteInt32LittleEndian(v, int.CreateChecked(value));
        else if (vr == DicomVR.FL || vr == DicomVR.OF) BinaryPrimitives.WriteSingleLittleEndian(v, float.CreateChecked(value));
        else if (vr == DicomVR.FD || vr == DicomVR.OD) BinaryPrimitives.WriteDoubleLittleEndian(v, double.CreateChecked(value));
        else if (vr == DicomVR.SV) BinaryPrimitives.WriteInt64LittleEndian(v, long.CreateChecked(value));
        else if (vr == DicomVR.UV || vr == DicomVR.OV) BinaryPrimitives.WriteUInt64LittleEndian(v, ulong.CreateChecked(value));
        else if (vr == DicomVR.OB || vr == DicomVR.UN) v[0] = byte.CreateChecked(value);
        else throw new ArgumentException($"{vr} does not hold binary numbers.", nameof(vr));
    }
}
