using Microsoft.Extensions.Logging;

namespace PacsLab.Scenarios.Runner;

internal static partial class ScenarioLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Scenario {ScenarioId} is ready in {Workspace}; its REST API is at {Api}")]
    public static partial void Ready(ILogger logger, string scenarioId, string workspace, Uri api);
}
