namespace PacsLab.Dicom;

/// <summary>A DT value: a local date and time, and the UTC offset when the value carries one (&amp;ZZXX).</summary>
public readonly record struct DicomDateTime(DateTime DateTime, TimeSpan? Offset)
{
    public DateTimeOffset? ToDateTimeOffset() => Offset is { } o ? new DateTimeOffset(DateTime, o) : null;
}
