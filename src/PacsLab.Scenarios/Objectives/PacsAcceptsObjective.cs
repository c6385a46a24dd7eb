using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The PACS accepts a storage SOP class and/or transfer syntax again, and/or its storage has room.</summary>
public sealed class PacsAcceptsObjective : IObjective
{
    public string Type => "pacs-accepts";
    public string Summary => "The PACS accepts the storage SOP class / transfer syntax given, and/or has the given free room under its quota.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Optional("sopClass", ParameterKind.Text, "a storage SOP Class UID that must not be refused"),
        ParameterSpec.Optional("transferSyntax", ParameterKind.Text, "a Transfer Syntax UID that must not be refused"),
        ParameterSpec.Optional("freeMegabytes", ParameterKind.Integer, "room under the quota, in MB, that must be left (no quota counts as room)"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var passed = true;
        if (arguments.Has("sopClass") || arguments.Has("transferSyntax"))
        {
            var (sopClasses, syntaxes) = await ConnectivitySettings.RefusedAsync(context, cancellationToken).ConfigureAwait(false);
            foreach (var (uid, refused, what) in new[] { (arguments.Optional("sopClass"), sopClasses, "SOP class"), (arguments.Optional("transferSyntax"), syntaxes, "transfer syntax") })
            {
                if (uid is null) continue;
                var isRefused = refused.Contains(uid);
                passed &= !isRefused;
                found.Add($"the {what} {uid} is {(isRefused ? "refused" : "accepted")}");
            }
        }
        if (arguments.OptionalInteger("freeMegabytes") is { } wanted)
        {
            var (quota, used) = await ConnectivitySettings.StorageAsync(context, cancellationToken).ConfigureAwait(false);
            var room = quota == 0 || quota - used >= wanted * 1_000_000L;
            passed &= room;
            found.Add($"storage uses {used / 1_000_000.0:F1} MB of a quota of {ConnectivitySettings.Megabytes(quota)}");
        }
        if (found.Count == 0) return CheckOutcome.No("pacs-accepts was given nothing to check (sopClass, transferSyntax or freeMegabytes)");
        return new CheckOutcome(passed, string.Join("; ", found));
    }
}
