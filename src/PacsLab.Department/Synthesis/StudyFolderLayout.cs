using System.Globalization;
using System.Text;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// Where a synthesized instance goes in a folder a person can browse: patient / study / series / instance, e.g.
/// <c>PL100003_OBRIEN_SEAN/20250115_A10002_CT/001_AXIAL_5MM/0001.dcm</c>. Names are made from IDs, names, dates and
/// numbers reduced to A-Z, 0-9, '-' and '_'; never from UIDs (PS3.5 allows UIDs that are not safe paths).
/// </summary>
public static class StudyFolderLayout
{
    private const int MaxSegment = 48;

    public static string RelativePath(DicomDataset dataset)
    {
        var patient = Segment($"{dataset.GetString(SynthesisTags.PatientID)}_{dataset.GetString(SynthesisTags.PatientName)}");
        var study = Segment($"{dataset.GetString(SynthesisTags.StudyDate)}_{dataset.GetString(SynthesisTags.StudyID)}_{dataset.GetString(SynthesisTags.Modality)}");
        var seriesNumber = dataset.TryGetNumber<int>(SynthesisTags.SeriesNumber, out var s) ? s : 0;
        var series = Segment($"{seriesNumber:D3}_{dataset.GetString(SynthesisTags.SeriesDescription)}");
        var instance = (dataset.TryGetNumber<int>(SynthesisTags.InstanceNumber, out var i) ? i : 0).ToString("D4", CultureInfo.InvariantCulture) + ".dcm";
        return Path.Combine(patient, study, series, instance);
    }

    /// <summary>Upper-case ASCII letters and digits kept (accents dropped, Ł as L), '-' kept, anything else one '_'.</summary>
    public static string Segment(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in AsciiFolding.Fold(text).ToUpperInvariant())
        {
            if (c == '\'') continue;
            if (char.IsAsciiLetterOrDigit(c) || c == '-') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '_') builder.Append('_');
        }
        var segment = builder.ToString().Trim('_');
        if (segment.Length > MaxSegment) segment = segment[..MaxSegment].TrimEnd('_');
        return segment.Length == 0 ? "UNNAMED" : segment;
    }
}
