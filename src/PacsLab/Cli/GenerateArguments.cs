using System.Globalization;
using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis;

namespace PacsLab.Cli;

/// <summary>The arguments of `pacslab generate` as typed (text), before they are checked.</summary>
/// <param name="Tokens">Every token of the command line, to tell an option given without a value from one not given.</param>
internal sealed record GenerateArguments(
    string? Modality,
    string? Patients,
    string? Studies,
    string? Seed,
    string? Images,
    string? MatrixDivisor,
    string? Date,
    bool Monochrome1,
    bool Samples,
    string? CatalogPath,
    string? OutputFolder,
    IReadOnlyList<string> Unexpected,
    IReadOnlyList<string> Tokens)
{
    private static readonly string[] ValueOptions = ["--modality", "-m", "--patients", "--studies", "--seed", "--images", "--matrix-divisor", "--date", "--catalog", "--out", "-o"];

    /// <summary>The checked settings, or the first problem in plain words.</summary>
    public static (GenerateSettings? Settings, string? Problem) Check(GenerateArguments a)
    {
        if (a.Unexpected.Count > 0)
            return Fail($"'{string.Join(' ', a.Unexpected)}' is not an option of generate (it takes --modality, --patients, --studies, --seed, --images, --matrix-divisor, --date, --monochrome1, --samples, --catalog, --out).");
        if (ValueOptions.FirstOrDefault(MissingValue(a)) is { } bare) return Fail($"{bare} needs a value.");
        if (string.IsNullOrWhiteSpace(a.OutputFolder)) return Fail("name the folder to write into with --out DIR.");
        if (File.Exists(a.OutputFolder)) return Fail($"--out {a.OutputFolder} is a file; name a folder (it is created if missing).");
        if (a.CatalogPath is not null && !File.Exists(a.CatalogPath)) return Fail($"--catalog {a.CatalogPath} does not exist; name a catalog YAML file such as sample-studies/catalog.yaml.");
        if (a.Samples) return (new GenerateSettings(a.OutputFolder, true, null, SynthesisOptions.Default, a.CatalogPath), null);

        var modalities = ParseModalities(a.Modality ?? "CT", out var modalityProblem);
        if (modalityProblem is not null) return Fail(modalityProblem);
        if (!TryNumber(a.Patients, "--patients", 1, 10_000, 1, out var patients, out var problem)
            || !TryNumber(a.Studies, "--studies", 1, 1_000, 1, out var studies, out problem)
            || !TryNumber(a.Seed, "--seed", int.MinValue, int.MaxValue, 1, out var seed, out problem)
            || !TryNumber(a.MatrixDivisor, "--matrix-divisor", 1, 16, 1, out var divisor, out problem)
            || !TryNumber(a.Images, "--images", 1, 2_000, 0, out var images, out problem))
            return Fail(problem!);
        if ((long)patients * studies > 10_000) return Fail($"--patients {patients} times --studies {studies} is more than 10000 studies; ask for fewer.");
        var date = DateOnly.FromDateTime(DateTime.Now);
        if (a.Date is not null && !DateOnly.TryParseExact(a.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return Fail($"--date must be a day written YYYY-MM-DD, not '{a.Date}'.");
        var plan = new GenerationPlan(modalities, patients, studies, seed, date) { ImagesPerSeries = images == 0 ? null : images };
        var options = new SynthesisOptions { MatrixDivisor = divisor, RadiographsAsMonochrome1 = a.Monochrome1 };
        return (new GenerateSettings(a.OutputFolder, false, plan, options, a.CatalogPath), null);
    }

    private static Func<string, bool> MissingValue(GenerateArguments a) => name =>
        a.Tokens.Contains(name, StringComparer.Ordinal) && name switch
        {
            "--modality" or "-m" => a.Modality is null,
            "--patients" => a.Patients is null,
            "--studies" => a.Studies is null,
            "--seed" => a.Seed is null,
            "--images" => a.Images is null,
            "--matrix-divisor" => a.MatrixDivisor is null,
            "--date" => a.Date is null,
            "--catalog" => a.CatalogPath is null,
            _ => a.OutputFolder is null,
        };

    private static IReadOnlyList<string> ParseModalities(string text, out string? problem)
    {
        problem = null;
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToUpperInvariant()).ToList();
        if (names is ["ALL"]) return SampleCatalog.Modalities;
        var unknown = names.Where(n => !SampleCatalog.Modalities.Contains(n)).ToList();
        if (names.Count == 0 || unknown.Count > 0)
            problem = $"--modality '{text}' is not a modality PacsLab can synthesize; use {string.Join(", ", SampleCatalog.Modalities)} (OT is a secondary capture), several separated by commas, or ALL.";
        return names.Distinct().ToList();
    }

    private static bool TryNumber(string? text, string name, int minimum, int maximum, int absent, out int value, out string? problem)
    {
        problem = null;
        value = absent;
        if (text is null) return true;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= minimum && value <= maximum) return true;
        problem = minimum == int.MinValue ? $"{name} must be a whole number, not '{text}'." : $"{name} must be a whole number from {minimum} to {maximum}, not '{text}'.";
        return false;
    }

    private static (GenerateSettings?, string?) Fail(string problem) => (null, problem);
}
