using PacsLab.Pacs.Corrections;

namespace PacsLab.Api.Corrections;

/// <summary>POST /api/pacs/corrections/edit-study: new study attributes; a null field in <see cref="Changes"/> stays as it is.</summary>
public sealed record EditStudyRequest(string StudyInstanceUid, StudyEdit Changes, string? Reason = null);
