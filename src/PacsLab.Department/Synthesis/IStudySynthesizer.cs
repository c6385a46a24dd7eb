namespace PacsLab.Department.Synthesis;

/// <summary>Makes a study for a request, deterministically: the same request gives the same bytes.</summary>
public interface IStudySynthesizer
{
    /// <summary>The modalities this synthesizer can make (CT, MR, CR, DX, US, OT).</summary>
    IReadOnlyCollection<string> Modalities { get; }

    SynthesizedStudy Synthesize(StudyRequest request);
}
