namespace PacsLab.Pacs.Corrections;

/// <summary>New study attributes; a null field stays as it is, an empty one is cleared.</summary>
public sealed record StudyEdit
{
    public string? AccessionNumber { get; init; }
    public string? StudyDescription { get; init; }
    public string? ReferringPhysicianName { get; init; }

    internal bool IsEmpty => AccessionNumber is null && StudyDescription is null && ReferringPhysicianName is null;
}
