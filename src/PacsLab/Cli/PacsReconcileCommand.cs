using System.CommandLine;
using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs;
using PacsLab.Pacs.Hosting;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Reconcile;

namespace PacsLab.Cli;

/// <summary>
/// `pacslab pacs reconcile --data DIR [--repair] [--rebuild] [--json]`: checks a stopped PACS's index against its
/// archive files (missing, orphan, changed, leftovers in incoming/), optionally repairs or rebuilds the index.
/// Exit code 0 when clean, 1 when findings remain, 2 when it could not run.
/// </summary>
internal static class PacsReconcileCommand
{
    private const string Actor = "cli:reconcile";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var data = new Option<string?>("--data")
        {
            Description = "The PACS data directory: the folder holding index.db, archive/ and incoming/.", HelpName = "DIR", Arity = ArgumentArity.ZeroOrOne,
        };
        var repair = new Option<bool>("--repair")
        {
            Description = "Fix what can be fixed: index orphan files, drop index rows whose files are missing (audited), clear incoming/.",
        };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Re-create patients, studies, series and instances from the archive files (AE table, settings and logs are kept).",
        };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        // Takes stray words and unknown options, so they are a usage error (exit code 2) rather than a parse error (1).
        var unexpected = new Argument<string[]>("unexpected") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        var command = new Command("reconcile",
            "Check the PACS index against the archive files: missing files, orphan files, size or hash mismatches, leftovers in incoming/. " +
            "Run it while the PACS is stopped. Exit code 0 when clean, 1 when findings remain, 2 when it could not run.")
        {
            data, repair, rebuild, json, unexpected,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(unexpected) is { Length: > 0 } words)
            {
                await error.WriteLineAsync($"pacslab pacs reconcile: '{string.Join(' ', words)}' is not an option of reconcile " +
                                           "(it takes --data DIR, --repair, --rebuild, --json).").ConfigureAwait(false);
                return 2;
            }
            return await RunAsync(parseResult.GetValue(data), parseResult.GetValue(repair), parseResult.GetValue(rebuild), parseResult.GetValue(json),
                parseResult.InvocationConfiguration.Output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> RunAsync(string? dataDirectory, bool repair, bool rebuild, bool json, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        if (FindUsageProblem(dataDirectory) is { } problem)
        {
            await error.WriteLineAsync($"pacslab pacs reconcile: {problem}").ConfigureAwait(false);
            return 2;
        }
        var directory = Path.GetFullPath(dataDirectory!);
        try
        {
            await using var services = BuildServices(directory);
            await PacsIndexInitializer.InitializeAsync(services.GetRequiredService<IDbContextFactory<PacsIndexContext>>(), services.GetRequiredService<PacsOptions>(),
                services.GetRequiredService<TimeProvider>(), cancellationToken).ConfigureAwait(false);
            var reconciler = services.GetRequiredService<ArchiveReconciler>();
            var rebuilt = rebuild ? await reconciler.RebuildAsync(Actor, cancellationToken).ConfigureAwait(false) : null;
            var repaired = repair ? await reconciler.RepairAsync(new ReconcileRepairOptions { Actor = Actor }, cancellationToken).ConfigureAwait(false) : null;
            var report = repaired?.After ?? await reconciler.CheckAsync(cancellationToken).ConfigureAwait(false);
            if (json)
                await output.WriteLineAsync(JsonSerializer.Serialize(new { dataDirectory = directory, rebuild = rebuilt, repair = repaired, report }, Json)).ConfigureAwait(false);
            else
                await WriteTextAsync(output, rebuilt, repaired, report).ConfigureAwait(false);
            return report.IsClean ? 0 : 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbException or DbUpdateException or InvalidOperationException)
        {
            await error.WriteLineAsync($"pacslab pacs reconcile: could not reconcile {directory}: {ex.Message}").ConfigureAwait(false);
            await error.WriteLineAsync("Check that the PACS is stopped and that the data directory and its index.db are readable and writable.").ConfigureAwait(false);
            return 2;
        }
    }

    private static string? FindUsageProblem(string? dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(dataDirectory))
            return "name the PACS data directory with --data DIR (the folder holding index.db, archive/ and incoming/).";
        var directory = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(directory)) return $"the data directory {directory} does not exist.";
        if (!File.Exists(Path.Combine(directory, "index.db")))
            return $"{directory} has no PACS index (index.db): is it the directory a PACS was started with (--data)? Nothing was changed.";
        return null;
    }

    private static ServiceProvider BuildServices(string directory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{PacsOptions.Section}:DataDirectory"] = directory })
            .Build();
        return new ServiceCollection().AddLogging().AddPacs(configuration).BuildServiceProvider();
    }

    private static async Task WriteTextAsync(TextWriter output, IndexRebuildResult? rebuilt, ReconcileRepairResult? repaired, ReconcileReport report)
    {
        if (rebuilt is not null)
        {
            await output.WriteLineAsync(rebuilt.Summary).ConfigureAwait(false);
            foreach (var problem in rebuilt.Problems) await WriteFindingAsync(output, problem).ConfigureAwait(false);
        }
        if (repaired is not null)
        {
            await WriteReportAsync(output, repaired.Before, "").ConfigureAwait(false);
            await output.WriteLineAsync($"repair: {repaired.Fixes.Count} change(s), {repaired.NotRepaired.Count} finding(s) it could not fix").ConfigureAwait(false);
            foreach (var fix in repaired.Fixes) await output.WriteLineAsync($"  fixed: {fix.Message}").ConfigureAwait(false);
            foreach (var left in repaired.NotRepaired) await output.WriteLineAsync($"  not fixed: {left.Message}").ConfigureAwait(false);
        }
        await WriteReportAsync(output, report, repaired is null ? "" : "after repair: ").ConfigureAwait(false);
    }

    private static async Task WriteReportAsync(TextWriter output, ReconcileReport report, string prefix)
    {
        await output.WriteLineAsync(prefix + report.Summary).ConfigureAwait(false);
        foreach (var finding in report.Findings) await WriteFindingAsync(output, finding).ConfigureAwait(false);
    }

    private static Task WriteFindingAsync(TextWriter output, ReconcileFinding finding) =>
        output.WriteLineAsync($"  {Label(finding.Kind)}: {finding.Message}");

    private static string Label(ReconcileFindingKind kind) => kind switch
    {
        ReconcileFindingKind.MissingFile => "missing file",
        ReconcileFindingKind.OrphanFile => "orphan file",
        ReconcileFindingKind.SizeMismatch => "size mismatch",
        ReconcileFindingKind.HashMismatch => "hash mismatch",
        ReconcileFindingKind.IncomingLeftover => "leftover",
        ReconcileFindingKind.UnreadableFile => "unreadable",
        _ => "not indexable",
    };
}
