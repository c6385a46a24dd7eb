using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// The PACS refuses transfer syntaxes for storage: when none of those a device proposes is left, its contexts are
/// answered "transfer syntaxes not supported" (PS3.8 Table 9-18 result 4). Uncompressed images are proposed in
/// Explicit and Implicit VR Little Endian, so both must be refused to stop them.
/// </summary>
public sealed class TransferSyntaxNotAcceptedFault : IFault
{
    public string Type => "transfer-syntax-not-accepted";
    public string Summary => "The PACS refuses transfer syntaxes for storage in association negotiation (presentation context result 4).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new ParameterSpec("transferSyntaxes", ParameterKind.Text, true,
            "the Transfer Syntax UIDs refused, e.g. [1.2.840.10008.1.2.1, 1.2.840.10008.1.2] for both uncompressed little-endian syntaxes") { IsList = true },
    ];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (_, syntaxes) = await ConnectivitySettings.RefusedAsync(context, cancellationToken).ConfigureAwait(false);
        await ConnectivitySettings.SetRefusedAsync(context, null, syntaxes.Union(arguments.List("transferSyntaxes"), StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
    }

    public string Describe(StepArguments arguments) =>
        $"The PACS was set to refuse the transfer syntaxes {string.Join(", ", arguments.List("transferSyntaxes"))} for storage.";

    public async Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (_, syntaxes) = await ConnectivitySettings.RefusedAsync(context, cancellationToken).ConfigureAwait(false);
        await ConnectivitySettings.SetRefusedAsync(context, null, syntaxes.Except(arguments.List("transferSyntaxes"), StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
    }
}
