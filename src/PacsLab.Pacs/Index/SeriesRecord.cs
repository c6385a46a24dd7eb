namespace PacsLab.Pacs.Index;

/// <summary>A series: the series-level keys of PS3.4 C.6.1.1.4.</summary>
public sealed class SeriesRecord
{
    public long Id { get; set; }
    public long StudyKey { get; set; }
    public StudyRecord? Study { get; set; }
    public required string SeriesInstanceUid { get; set; }
    public string Modality { get; set; } = "";
    public string SeriesNumber { get; set; } = "";
    public string SeriesDescription { get; set; } = "";
    public string BodyPartExamined { get; set; } = "";
    public string SeriesDate { get; set; } = "";
    public string SeriesTime { get; set; } = "";
    public int NumberOfInstances { get; set; }
    public List<InstanceRecord> Instances { get; set; } = [];
}
