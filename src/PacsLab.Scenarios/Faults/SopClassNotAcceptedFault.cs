using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// After an upgrade the PACS no longer accepts a storage SOP class: the presentation context is answered "abstract
/// syntax not supported" (PS3.8 Table 9-18 result 3), and a device sending that kind of image cannot store anything.
/// </summary>
public sealed class SopClassNotAcceptedFault : IFault
{
    public string Type => "sop-class-not-accepted";
    public string Summary => "The PACS refuses a storage SOP class in association negotiation (presentation context result 3).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Needed("sopClass", ParameterKind.Text, "the storage SOP Class UID refused, e.g. 1.2.840.10008.5.1.4.1.1.6.1 (Ultrasound Image Storage)")];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (sopClasses, _) = await ConnectivitySettings.RefusedAsync(context, cancellationToken).ConfigureAwait(false);
        if (!sopClasses.Contains(arguments.Text("sopClass"))) sopClasses.Add(arguments.Text("sopClass"));
        await ConnectivitySettings.SetRefusedAsync(context, sopClasses, null, cancellationToken).ConfigureAwait(false);
    }

    public string Describe(StepArguments arguments) => $"The PACS was set to refuse the SOP class {arguments.Text("sopClass")} in association negotiation.";

    public async Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (sopClasses, _) = await ConnectivitySettings.RefusedAsync(context, cancellationToken).ConfigureAwait(false);
        sopClasses.Remove(arguments.Text("sopClass"));
        await ConnectivitySettings.SetRefusedAsync(context, sopClasses, null, cancellationToken).ConfigureAwait(false);
    }
}
