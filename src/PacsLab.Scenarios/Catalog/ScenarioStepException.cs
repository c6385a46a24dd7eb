namespace PacsLab.Scenarios.Catalog;

/// <summary>A step could not be carried out: a parameter is wrong, or the lab refused the operation (the message says which and why).</summary>
public sealed class ScenarioStepException(string message, Exception? inner = null) : Exception(message, inner);
