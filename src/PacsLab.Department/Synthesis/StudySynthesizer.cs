using PacsLab.Department.Catalog;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// Makes studies of numeric phantoms for CT, MR, CR, DX, US and OT (secondary capture), each a valid instance of
/// its IOD, written as Part 10 files in Explicit VR Little Endian. Deterministic: the same request (seed
/// included) gives the same bytes, UIDs included, and a different seed different pixels.
/// </summary>
public sealed class StudySynthesizer : IStudySynthesizer
{
    private readonly SynthesisOptions _options;
    private readonly Dictionary<string, IModalityBuilder> _builders;

    public StudySynthesizer() : this(SynthesisOptions.Default) { }

    public StudySynthesizer(SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MatrixDivisor is < 1 or > 16)
            throw new ArgumentOutOfRangeException(nameof(options), options.MatrixDivisor, "MatrixDivisor must be from 1 (full size) to 16.");
        _options = options;
        IModalityBuilder[] builders =
        [
            new CtStudyBuilder(), new MrStudyBuilder(), new CrStudyBuilder(), new DxStudyBuilder(), new UsStudyBuilder(), new ScStudyBuilder(),
        ];
        _builders = builders.ToDictionary(b => b.Modality, StringComparer.OrdinalIgnoreCase);
        Modalities = [.. builders.Select(b => b.Modality)];
    }

    public IReadOnlyCollection<string> Modalities { get; }

    public SynthesizedStudy Synthesize(StudyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = FindBuilder(request.Modality);
        CheckRequest(request);
        var template = FindTemplate(builder.Modality, request.StudyDescription) ?? builder.DefaultTemplate;
        var context = new SynthesisContext(request with { Modality = builder.Modality }, _options, template);
        var source = string.IsNullOrWhiteSpace(request.StationAeTitle) ? null : request.StationAeTitle.Trim();
        var files = builder.Build(context).Select(dataset => DicomFile.Create(dataset, DicomTransferSyntax.ExplicitVRLittleEndian, source)).ToList();
        return new SynthesizedStudy(context.Uids.Study, files);
    }

    private IModalityBuilder FindBuilder(string? modality)
    {
        if (modality is not null && _builders.TryGetValue(modality.Trim(), out var builder)) return builder;
        throw new ArgumentException(
            $"Modality (0008,0060) '{modality}' cannot be synthesized: PacsLab makes {string.Join(", ", Modalities)} (OT is a secondary capture). Check the request's modality.",
            nameof(modality));
    }

    /// <summary>The template of the modality whose description matches the request's; else the modality's first one.</summary>
    private StudyTemplate? FindTemplate(string modality, string? description)
    {
        var candidates = _options.StudyTemplates.Where(t => string.Equals(t.Modality, modality, StringComparison.OrdinalIgnoreCase)).ToList();
        return candidates.FirstOrDefault(t => string.Equals(t.StudyDescription, description?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault();
    }

    private static void CheckRequest(StudyRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Patient.PatientId))
            throw new ArgumentException("The request has no Patient ID (0010,0020): every study needs the patient's identifier.", nameof(request));
        if (!string.IsNullOrWhiteSpace(request.StudyInstanceUid) && !DicomUid.IsValid(request.StudyInstanceUid.Trim()))
            throw new ArgumentException(
                $"Study Instance UID (0020,000D) '{request.StudyInstanceUid}' is not a valid UID (PS3.5 9.1: digits and dots, at most 64 characters). Check the worklist item.",
                nameof(request));
        if (request.ImagesPerSeries is < 1 or > 2000)
            throw new ArgumentException($"ImagesPerSeries must be from 1 to 2000, not {request.ImagesPerSeries}.", nameof(request));
    }
}
