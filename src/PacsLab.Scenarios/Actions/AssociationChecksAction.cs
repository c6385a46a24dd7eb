using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>Switches the PACS's association checks (PUT /api/pacs/association-checks); a check left out stays as it is.</summary>
public sealed class AssociationChecksAction : IScenarioAction
{
    public string Type => "association-checks";
    public string Summary => "Switches the PACS's called-AE, calling-AE and peer-host checks on or off.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Optional("calledAe", ParameterKind.Flag, "check the called AE title"),
        ParameterSpec.Optional("callingAe", ParameterKind.Flag, "check the calling AE title against the AE table"),
        ParameterSpec.Optional("peerHost", ParameterKind.Flag, "check the peer's address against the AE table"),
    ];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        context.Api.PutAsync("/api/pacs/association-checks", new
        {
            CheckCalledAeTitle = arguments.OptionalFlag("calledAe"),
            CheckCallingAeTitle = arguments.OptionalFlag("callingAe"),
            CheckPeerHost = arguments.OptionalFlag("peerHost"),
        }, cancellationToken);
}
