namespace PacsLab.Scenarios.Runner;

/// <summary>What the PACS holds, read through its search API: every SOP Instance UID of every study (the baseline for "no instance lost").</summary>
public static class PacsInventory
{
    public static async Task<IReadOnlySet<string>> InstanceUidsAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var uids = new HashSet<string>(StringComparer.Ordinal);
        var studies = await context.Api.SearchAsync("studies", [("StudyInstanceUID", "")], cancellationToken).ConfigureAwait(false);
        foreach (var study in studies)
        {
            var instances = await context.Api.SearchAsync("instances", [("StudyInstanceUID", study["StudyInstanceUID"]), ("SOPInstanceUID", "")], cancellationToken)
                .ConfigureAwait(false);
            foreach (var instance in instances)
                if (instance.GetValueOrDefault("SOPInstanceUID") is { Length: > 0 } uid) uids.Add(uid);
        }
        return uids;
    }
}
