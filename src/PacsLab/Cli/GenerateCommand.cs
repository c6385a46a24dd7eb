using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis;

namespace PacsLab.Cli;

/// <summary>
/// `pacslab generate --modality CT --patients N --studies N --seed S --out DIR`: synthesized studies written as Part
/// 10 files (Explicit VR Little Endian) in patient/study/series/instance folders; `--samples` rewrites the committed
/// sample set instead. Exit code 0 when written, 1 when writing failed, 2 for bad arguments.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        // Values are taken as text and checked here, so that every usage problem is exit code 2 with one plain message.
        var modality = new Option<string?>("--modality", "-m")
        {
            Description = $"The modality: {string.Join(", ", SampleCatalog.Modalities)} (OT is a secondary capture), several separated by commas, or ALL. Default CT.",
            HelpName = "MODALITY", Arity = ArgumentArity.ZeroOrOne,
        };
        var patients = Number("--patients", "How many patients: the catalog's first ones, then made-up ones. Default 1.");
        var studies = Number("--studies", "How many studies per patient. Default 1.");
        var seed = Number("--seed", "The seed: the same arguments and seed give the same files, UIDs included. Default 1.");
        var images = Number("--images", "Images per series instead of the study template's (e.g. fewer CT slices).");
        var divisor = Number("--matrix-divisor", "Divide every image's rows and columns by this (1-16) for smaller files. Default 1.");
        var date = new Option<string?>("--date") { Description = "The acquisition day, YYYY-MM-DD. Default today.", HelpName = "DATE", Arity = ArgumentArity.ZeroOrOne };
        var monochrome1 = new Option<bool>("--monochrome1") { Description = "Store CR and DX images as MONOCHROME1 (inverted), as many radiography readers do." };
        var samples = new Option<bool>("--samples") { Description = "Write the small sample set committed under sample-studies/ instead (the other options are ignored)." };
        var catalogPath = new Option<string?>("--catalog")
        {
            Description = "A catalog YAML file to take patients, orders and study templates from, instead of the built-in sample-studies/catalog.yaml.",
            HelpName = "FILE", Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string?>("--out", "-o") { Description = "The folder to write into (created if missing).", HelpName = "DIR", Arity = ArgumentArity.ZeroOrOne };
        var unexpected = new Argument<string[]>("unexpected") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        var command = new Command("generate",
            "Make synthetic studies (CT, MR, CR, DX, US, OT) of the sample catalog's patients and write them as DICOM files under DIR/patient/study/series/.")
        {
            modality, patients, studies, seed, images, divisor, date, monochrome1, samples, catalogPath, output, unexpected,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new GenerateArguments(
                parseResult.GetValue(modality), parseResult.GetValue(patients), parseResult.GetValue(studies), parseResult.GetValue(seed),
                parseResult.GetValue(images), parseResult.GetValue(divisor), parseResult.GetValue(date), parseResult.GetValue(monochrome1),
                parseResult.GetValue(samples), parseResult.GetValue(catalogPath), parseResult.GetValue(output), parseResult.GetValue(unexpected) ?? [],
                parseResult.Tokens.Select(t => t.Value).ToList());
            return await RunAsync(arguments, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(GenerateArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (settings, problem) = GenerateArguments.Check(arguments);
        if (settings is null)
        {
            await error.WriteLineAsync($"pacslab generate: {problem}");
            await error.WriteLineAsync("Usage: pacslab generate --modality CT --patients N --studies N --seed S --out DIR (see pacslab generate --help).");
            return 2;
        }
        IReadOnlyList<(StudyRequest Request, SynthesisOptions Options)> jobs;
        try
        {
            var catalog = settings.CatalogPath is null
                ? SampleCatalogLoader.LoadEmbedded()
                : await SampleCatalogLoader.LoadFileAsync(settings.CatalogPath, cancellationToken);
            jobs = settings.Samples
                ? SampleStudySet.Requests(catalog)
                : [.. GenerationPlanner.Plan(catalog, settings.Plan!).Select(r => (r, settings.Options with { StudyTemplates = catalog.StudyTemplates }))];
        }
        catch (Exception ex) when (ex is CatalogException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // InvalidOperationException: a catalog given with --catalog lacks an order the sample set is made from.
            await error.WriteLineAsync($"pacslab generate: could not load the catalog: {ex.Message}");
            return 2;
        }
        var root = Path.GetFullPath(settings.OutputFolder);
        var stopwatch = Stopwatch.StartNew();
        var files = 0;
        long bytes = 0;
        try
        {
            foreach (var (request, options) in jobs)
            {
                var study = new StudySynthesizer(options).Synthesize(request);
                var written = await StudyFolderWriter.WriteAsync(study, root, cancellationToken);
                files += written.Count;
                bytes += written.Sum(w => new FileInfo(Path.Combine(root, w)).Length);
                await output.WriteLineAsync($"{request.Modality} {request.AccessionNumber} {request.Patient.PatientName} ({request.Patient.PatientId}): {written.Count} instance(s), Study Instance UID {study.StudyInstanceUid}");
                foreach (var series in written.GroupBy(Path.GetDirectoryName))
                    await output.WriteLineAsync($"  {series.Key}{Path.DirectorySeparatorChar} {Describe(series.ToList())}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"pacslab generate: could not write under {root}: {ex.Message}");
            await error.WriteLineAsync("Check that the folder is writable and the disk has room; files written before the failure are kept.");
            return 1;
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {jobs.Count} stud{(jobs.Count == 1 ? "y" : "ies")}, {files} file(s), {bytes / 1048576.0:0.0} MB under {root} in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }

    private static string Describe(IReadOnlyList<string> files) =>
        files.Count == 1 ? Path.GetFileName(files[0]) : $"{Path.GetFileName(files[0])} .. {Path.GetFileName(files[^1])} ({files.Count} files)";

    private static Option<string?> Number(string name, string description) =>
        new(name) { Description = description, HelpName = "N", Arity = ArgumentArity.ZeroOrOne };
}
