using Xunit;
using Xunit.Sdk;

namespace PacsLab.TestKit;

/// <summary>
/// Gatekeeper for tests that need a real peer. Outside CI a missing peer skips the test with the command that
/// installs it; with PACSLAB_INTEROP=required (as .ci/run sets) a missing peer fails the test instead, so CI
/// cannot go green by skipping everything.
/// </summary>
public static class Interop
{
    public const string ModeVariable = "PACSLAB_INTEROP";

    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable(ModeVariable), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of the peer executable; skips (or fails when required) if it is not on PATH.</summary>
    public static string RequirePeer(string name, string debianPackage)
    {
        var path = PeerTool.Find(name);
        Require(path is not null, $"{name} is not installed: apt-get install {debianPackage}");
        return path!;
    }

    /// <summary>A Python interpreter with pydicom; skips (or fails when required) if there is none.</summary>
    public static async Task<string> RequirePydicomAsync(CancellationToken cancellationToken = default)
    {
        var python = await PeerTool.FindPydicomPythonAsync(cancellationToken).ConfigureAwait(false);
        Require(python is not null,
            $"pydicom is not installed for {PeerTool.DebianPython}: apt-get install python3-pydicom (or set {PeerTool.PydicomPythonVariable})");
        return python!;
    }

    /// <summary>Skips the test with the reason when the condition is false, or fails it when interop is required.</summary>
    public static void Require(bool condition, string reasonWhenMissing)
    {
        if (condition) return;
        if (IsRequired) throw new XunitException($"{reasonWhenMissing} ({ModeVariable}=required, so this fails instead of skipping)");
        Skip.If(true, reasonWhenMissing);
    }
}
