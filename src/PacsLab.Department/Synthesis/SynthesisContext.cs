using System.Globalization;
using PacsLab.Department.Catalog;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>Everything the builders of one study share: the request, the template, the UIDs, the clock and the seed.</summary>
internal sealed class SynthesisContext
{
    private const string Latin1 = "ISO_IR 100";
    private const string Utf8 = "ISO_IR 192";

    public SynthesisContext(StudyRequest request, SynthesisOptions options, StudyTemplate template)
    {
        Request = request;
        Options = options;
        Template = template;
        Uids = new SynthesisUids(request);
        CharacterSet = NeedsUtf8(request) ? Utf8 : Latin1;
        StudyId = StudyIdFor(request);
    }

    public StudyRequest Request { get; }
    public SynthesisOptions Options { get; }
    public StudyTemplate Template { get; }
    public SynthesisUids Uids { get; }

    /// <summary>Specific Character Set (0008,0005): ISO_IR 100, or ISO_IR 192 when some text needs more than Latin-1.</summary>
    public string CharacterSet { get; }

    /// <summary>Study ID (0020,0010): the accession number when there is one, else a number from the seed.</summary>
    public string StudyId { get; }

    public DateTime AcquiredAt => Request.AcquiredAt;

    /// <summary>A generator for one part of the study, e.g. (series, slice); the same path always gives the same numbers.</summary>
    public SeededRandom Random(params ReadOnlySpan<int> path) => SeededRandom.For(Request.Seed, path);

    /// <summary>A matrix size after <see cref="SynthesisOptions.MatrixDivisor"/>.</summary>
    public int Scaled(int size) => Math.Max(8, size / Math.Max(1, Options.MatrixDivisor));

    /// <summary>The series the template describes at <paramref name="index"/>, with the modality's fallback.</summary>
    public SeriesPlan Series(int index, string fallbackDescription, int fallbackImages, TimeSpan startsAfter)
    {
        var template = index < Template.Series.Count ? Template.Series[index] : null;
        var number = index + 1;
        var images = Request.ImagesPerSeries ?? template?.Images ?? fallbackImages;
        return new SeriesPlan(number, template?.Description ?? fallbackDescription, Uids.Series(number), AcquiredAt + startsAfter, Math.Max(1, images));
    }

    /// <summary>A new data set with its Specific Character Set already set, so that the text added to it is encoded in it.</summary>
    public DicomDataset NewDataset() => new DicomDataset().Set(SynthesisTags.SpecificCharacterSet, CharacterSet);

    private static bool NeedsUtf8(StudyRequest request)
    {
        var latin1 = DicomCharacterSet.FromTerms([Latin1]);
        string?[] texts =
        [
            request.Patient.PatientName, request.Patient.PatientId, request.Patient.IssuerOfPatientId, request.AccessionNumber,
            request.StudyDescription, request.ReferringPhysicianName, request.RequestedProcedureId, request.ScheduledProcedureStepId,
            request.StationName, request.Manufacturer, request.InstitutionName,
        ];
        return texts.Any(t => t is not null && !latin1.TryEncode(t, DicomVR.LO, out _));
    }

    private static string StudyIdFor(StudyRequest request)
    {
        if (request.AccessionNumber is { Length: > 0 and <= 16 } accession) return accession;
        return "S" + ((uint)request.Seed % 10_000_000u).ToString("D7", CultureInfo.InvariantCulture);
    }
}
