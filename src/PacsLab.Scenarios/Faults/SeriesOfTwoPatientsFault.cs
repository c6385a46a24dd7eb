using System.Globalization;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom;
using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// The technologist did not close patient A's exam before scanning patient B: B's series goes to the PACS with A's
/// Study Instance UID, demographics and accession number, so it sits in A's study as if it were A's. The fix is a
/// split of that series into a new study for B.
/// </summary>
public sealed class SeriesOfTwoPatientsFault : IFault
{
    // PS3.3 C.7.3.1 General Series Module: Series Number (0020,0011), IS.
    private static readonly DicomTag SeriesNumber = new(0x0020, 0x0011);

    public string Type => "series-of-two-patients";
    public string Summary => "Another patient's series is acquired into a study that was left open, with the first patient's UID and demographics.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("study", ParameterKind.Study, "the study left open (patient A's)"),
        ParameterSpec.Needed("patient", ParameterKind.Patient, "the patient really scanned for the extra series (patient B)"),
        ParameterSpec.Optional("device", ParameterKind.Device, "the modality (left out: the one that made the study)"),
        ParameterSpec.Optional("images", ParameterKind.Integer, "images in the series (left out: the scenario's usual)"),
        ParameterSpec.Needed("seriesAs", ParameterKind.NewSeriesName, "a name for patient B's series"),
    ];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var study = context.State.Study(arguments.Text("study"));
        var device = arguments.Optional("device") ?? study.Device;
        var options = context.Device(device);
        var name = arguments.Text("seriesAs");
        var synthesized = context.Synthesizer.Synthesize(new StudyRequest
        {
            Modality = options.Modality,
            // What the open exam carries: A's patient, accession and Study Instance UID.
            Patient = context.State.Patient(study.PatientId),
            AccessionNumber = study.AccessionNumber,
            StudyInstanceUid = study.StudyInstanceUid,
            StationName = options.EffectiveStationName,
            StationAeTitle = options.EffectiveAeTitle,
            AcquiredAt = context.Time.GetLocalNow().DateTime,
            ImagesPerSeries = arguments.OptionalInteger("images") ?? ScenarioRunner.ImagesPerSeries,
            Seed = DepartmentSteps.StableSeed(context.Scenario.Id, name),
        });
        var seriesUid = synthesized.Instances[0].Dataset.GetString(DicomTags.SeriesInstanceUID) ?? "";
        var files = synthesized.Instances.Where(f => f.Dataset.GetString(DicomTags.SeriesInstanceUID) == seriesUid).ToList();
        // The modality numbers series on within the open exam.
        var number = (study.SeriesInstanceUids.Count + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var file in files) file.Dataset.AddOrUpdate(SeriesNumber, DicomVR.IS, number);
        await PacsStoreSender.SendAsync(files, context.Department.Pacs.ToNode(), options.EffectiveAeTitle, cancellationToken).ConfigureAwait(false);
        context.State.Series[name] = new SeriesHandle(name, seriesUid, study.Name, files.Count);
    }

    public string Describe(StepArguments arguments) =>
        $"Patient {arguments.Text("patient")}'s series '{arguments.Text("seriesAs")}' was acquired into study '{arguments.Text("study")}' " +
        "(left open), with that study's UID, patient and accession number; it must be split into a new study for the right patient.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var series = context.State.SeriesNamed(arguments.Text("seriesAs"));
        return MisfiledCorrections.SplitAsync(context, context.State.Study(series.StudyName).StudyInstanceUid, [series.SeriesInstanceUid],
            arguments.Text("patient"), null, cancellationToken);
    }
}
