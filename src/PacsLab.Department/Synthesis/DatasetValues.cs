using System.Globalization;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>Short ways to set the values the module writers need, with the VR the dictionary gives each tag.</summary>
internal static class DatasetValues
{
    public static DicomDataset Set(this DicomDataset dataset, DicomTag tag, params string[] values) =>
        dataset.AddOrUpdate(tag, DicomDictionary.DefaultVR(tag), values);

    /// <summary>A zero-length value: a type 2 attribute whose value is unknown.</summary>
    public static DicomDataset SetEmpty(this DicomDataset dataset, DicomTag tag) =>
        dataset.AddOrUpdate(tag, DicomDictionary.DefaultVR(tag), ReadOnlyMemory<byte>.Empty);

    /// <summary>Numbers as DS/IS text or as binary US/SS/FD..., whichever VR the tag has.</summary>
    public static DicomDataset SetNumbers(this DicomDataset dataset, DicomTag tag, params double[] values) =>
        dataset.AddOrUpdate(tag, DicomDictionary.DefaultVR(tag), values);

    public static DicomDataset SetDate(this DicomDataset dataset, DicomTag tag, DateTime value) =>
        dataset.Set(tag, value.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>TM with milliseconds: images of one series are acquired a fraction of a second apart.</summary>
    public static DicomDataset SetTime(this DicomDataset dataset, DicomTag tag, DateTime value) =>
        dataset.Set(tag, value.ToString("HHmmss.fff", CultureInfo.InvariantCulture));

    public static DicomDataset SetSequence(this DicomDataset dataset, DicomTag tag, params DicomDataset[] items) =>
        dataset.AddOrUpdate(new DicomSequence(tag, items));

    /// <summary>A code sequence item (PS3.3 Table 8.8-1, Code Sequence Macro).</summary>
    public static DicomDataset Code(string value, string scheme, string meaning) =>
        new DicomDataset()
            .Set(SynthesisTags.CodeValue, value)
            .Set(SynthesisTags.CodingSchemeDesignator, scheme)
            .Set(SynthesisTags.CodeMeaning, meaning);
}
