namespace PacsLab.Dicom.Query;

/// <summary>Plain words for DA, TM and DT keys in error messages (formats from PS3.5 Table 6.2-1).</summary>
internal static class TemporalKeyText
{
    public static string Describe(DicomVR vr)
    {
        if (vr == DicomVR.DA) return "date (DA is written YYYYMMDD, e.g. 20240131)";
        if (vr == DicomVR.TM) return "time (TM is written HH, HHMM, HHMMSS or HHMMSS.FFFFFF, e.g. 1430)";
        return "date-time (DT is written YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]][+/-ZZXX], e.g. 20240131143000)";
    }

    public static string RangeExample(DicomVR vr)
    {
        if (vr == DicomVR.DA) return "20240101-20240131, -20240131 or 20240101-";
        if (vr == DicomVR.TM) return "0800-1200, -1200 or 0800-";
        return "20240101080000-20240101120000, -20240101 or 2024-";
    }
}
