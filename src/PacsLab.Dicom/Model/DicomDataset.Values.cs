using System.Globalization;
using System.Numerics;

namespace PacsLab.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>
    /// Value <paramref name="index"/> as a number: binary VRs are read directly, IS and DS are parsed.
    /// Throws when absent, when there is no such value, or when the text is not a number.
    /// </summary>
    public T GetNumber<T>(DicomTag tag, int index = 0) where T : INumber<T>
    {
        var element = this[tag] as DicomElement ?? throw new KeyNotFoundException($"The data set has no {tag}.");
        if (element.VR.Kind is DicomVRKind.Binary or DicomVRKind.Bulk) return DicomBinary.Read<T>(element, index);
        var values = GetStrings(tag);
        if (index >= values.Length) throw new IndexOutOfRangeException($"{tag} has {values.Length} value(s); there is no value {index + 1}.");
        return ParseNumber<T>(values[index], tag);
    }

    public bool TryGetNumber<T>(DicomTag tag, out T value, int index = 0) where T : INumber<T>
    {
        value = T.Zero;
        if (this[tag] is not DicomElement) return false;
        try
        {
            value = GetNumber<T>(tag, index);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or OverflowException)
        {
            return false;
        }
    }

    public T[] GetNumbers<T>(DicomTag tag) where T : INumber<T>
    {
        if (this[tag] is not DicomElement element) return [];
        if (element.VR.Kind is DicomVRKind.Binary or DicomVRKind.Bulk)
        {
            var count = DicomBinary.Count(element);
            var result = new T[count];
            for (var i = 0; i < count; i++) result[i] = DicomBinary.Read<T>(element, i);
            return result;
        }
        return GetStrings(tag).Select(v => ParseNumber<T>(v, tag)).ToArray();
    }

    public DicomDataset AddOrUpdate<T>(DicomTag tag, DicomVR vr, params T[] values) where T : INumber<T>
    {
        if (vr == DicomVR.IS || vr == DicomVR.DS)
            return AddOrUpdate(tag, vr, values.Select(v => FormatNumberText(v, vr)).ToArray());
        return AddOrUpdate(DicomBinary.FromValues(tag, vr, values));
    }

    public DicomTag[] GetTags(DicomTag tag)
    {
        if (this[tag] is not DicomElement { VR: var vr } e || vr != DicomVR.AT) return [];
        return Enumerable.Range(0, e.Length / 4).Select(i => DicomBinary.ReadTag(e, i)).ToArray();
    }

    public DateOnly? GetDate(DicomTag tag, int index = 0) =>
        ValueAt(tag, index) is { } s && DicomDateTimeParser.TryParseDate(s, out var d) ? d : null;

    public TimeOnly? GetTime(DicomTag tag, int index = 0) =>
        ValueAt(tag, index) is { } s && DicomDateTimeParser.TryParseTime(s, out var t) ? t : null;

    public DicomDateTime? GetDateTime(DicomTag tag, int index = 0) =>
        ValueAt(tag, index) is { } s && DicomDateTimeParser.TryParseDateTime(s, out var dt) ? dt : null;

    public DicomPersonName? GetPersonName(DicomTag tag, int index = 0) =>
        ValueAt(tag, index) is { } s ? DicomPersonName.Parse(s) : null;

    private string? ValueAt(DicomTag tag, int index)
    {
        var values = GetStrings(tag);
        return index < values.Length ? values[index] : null;
    }

    private static T ParseNumber<T>(string text, DicomTag tag) where T : INumber<T>
    {
        if (T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)) return exact;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return T.CreateChecked(d);
        throw new FormatException($"'{text}' in {tag} is not a number.");
    }

    private static string FormatNumberText<T>(T value, DicomVR vr) where T : INumber<T>
    {
        if (vr == DicomVR.IS) return long.CreateChecked(value).ToString(CultureInfo.InvariantCulture);
        return DicomDecimalString.Format(double.CreateChecked(value));
    }
}
