using Microsoft.Extensions.Logging;

namespace PacsLab.Scenarios.Actions;

/// <summary>What the connectivity actions saw (an echo, a Verify, a retrieve), for the instructor's log.</summary>
internal static partial class ConnectivityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Scenario step {Action} on {Target}: {Result}")]
    public static partial void StepResult(ILogger logger, string action, string target, string result);
}
