using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Tests.Loading;

/// <summary>Catalog entries with the parameter kinds the shipped catalog does not use yet (series, lists, numbers, the workstation), for the validator's tests.</summary>
internal static class TestCatalogEntries
{
    public static ScenarioCatalog Catalog { get; } = new(
        ScenarioCatalog.Default.Faults.Values.Append(new SplitSeriesFault()),
        ScenarioCatalog.Default.Objectives.Values,
        ScenarioCatalog.Default.Guards.Values,
        ScenarioCatalog.Default.Actions.Values.Append(new ForwardSeriesAction()));

    /// <summary>Moves some images of a study into a new series under a new study.</summary>
    public sealed class SplitSeriesFault : IFault
    {
        public string Type => "split-series";
        public string Summary => "Test fault.";

        public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [
            ParameterSpec.Needed("study", ParameterKind.Study, "the study split"),
            ParameterSpec.Optional("images", ParameterKind.Integer, "how many images move"),
            ParameterSpec.Optional("seriesAs", ParameterKind.NewSeriesName, "a name for the new series"),
            ParameterSpec.Optional("as", ParameterKind.NewStudyName, "a name for the new study"),
        ];

        public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) => Task.CompletedTask;
        public string Describe(StepArguments arguments) => "";
        public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Sends named series to a device.</summary>
    public sealed class ForwardSeriesAction : IScenarioAction
    {
        public string Type => "forward-series";
        public string Summary => "Test action.";

        public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [
            new("series", ParameterKind.Series, true, "the series sent") { IsList = true },
            ParameterSpec.Needed("to", ParameterKind.Device, "a modality or the workstation"),
        ];

        public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
