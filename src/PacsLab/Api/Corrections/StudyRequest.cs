namespace PacsLab.Api.Corrections;

/// <summary>POST /api/pacs/corrections/delete-study, restore-study and purge-study: the recycle bin, one study at a time.</summary>
public sealed record StudyRequest(string StudyInstanceUid, string? Reason = null);
