using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>
/// Changes what the PACS refuses in association negotiation (PUT /api/pacs/accepted-syntaxes): UIDs to accept again
/// are taken off the refused lists, UIDs to refuse are added; a UID is a storage SOP class or a transfer syntax.
/// </summary>
public sealed class SetAcceptedSyntaxesAction : IScenarioAction
{
    public string Type => "set-accepted-syntaxes";
    public string Summary => "Makes the PACS accept again, or refuse, storage SOP classes and transfer syntaxes by UID.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new ParameterSpec("accept", ParameterKind.Text, false, "SOP class or transfer syntax UIDs to accept again") { IsList = true },
        new ParameterSpec("refuseSopClasses", ParameterKind.Text, false, "storage SOP class UIDs to refuse") { IsList = true },
        new ParameterSpec("refuseTransferSyntaxes", ParameterKind.Text, false, "transfer syntax UIDs to refuse for storage") { IsList = true },
    ];

    public async Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (sopClasses, syntaxes) = await ConnectivitySettings.RefusedAsync(context, cancellationToken).ConfigureAwait(false);
        var accept = arguments.List("accept").ToHashSet(StringComparer.Ordinal);
        await ConnectivitySettings.SetRefusedAsync(context,
            sopClasses.Where(u => !accept.Contains(u)).Union(arguments.List("refuseSopClasses"), StringComparer.Ordinal),
            syntaxes.Where(u => !accept.Contains(u)).Union(arguments.List("refuseTransferSyntaxes"), StringComparer.Ordinal),
            cancellationToken).ConfigureAwait(false);
    }
}
