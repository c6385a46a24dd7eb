using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Catalog;

/// <summary>
/// A fault of the catalog: how hospitals break. It acts through the lab's REST API and DICOM, as a person would,
/// never through internals.
/// </summary>
public interface IFault : ICatalogEntry
{
    /// <summary>Breaks the department. A fault that makes a study or series names it in the context's state.</summary>
    Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken);

    /// <summary>What the fault did, for the instructor (<c>scenario show</c>) and the debrief; never shown before the run ends.</summary>
    string Describe(StepArguments arguments);

    /// <summary>Puts right what <see cref="InjectAsync"/> broke (the reference fix, used by the self-test).</summary>
    Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken);
}
