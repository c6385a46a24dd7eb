namespace PacsLab.Department.Catalog;

/// <summary>
/// What a study of one procedure looks like: the description a modality writes, the body part, and its series.
/// The synthesizer uses the template whose modality and description match the request.
/// </summary>
/// <param name="Modality">CT, MR, CR, DX, US or OT.</param>
/// <param name="StudyDescription">Study Description (0008,1030), also the requested procedure description of orders for it.</param>
/// <param name="BodyPartExamined">Body Part Examined (0018,0015), a PS3.16 Annex L defined term such as CHEST or HEAD.</param>
/// <param name="Series">The series in acquisition order.</param>
public sealed record StudyTemplate(string Modality, string StudyDescription, string BodyPartExamined, IReadOnlyList<SeriesTemplate> Series);
