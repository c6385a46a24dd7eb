using System.Text.Json;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Tests.Corrections;

/// <summary>Checks the one audit record a correction writes.</summary>
public static class AuditAssert
{
    public static async Task<AuditRecord> SingleAsync(CorrectionBed bed, string action, string target, string beforeContains, string afterContains)
    {
        var audit = Assert.Single(await bed.AuditAsync(action));
        Assert.Equal(CorrectionBed.Actor, audit.Actor);
        Assert.Equal(target, audit.Target);
        Assert.False(string.IsNullOrWhiteSpace(audit.Summary));
        using (JsonDocument.Parse(audit.Before)) { }
        using (JsonDocument.Parse(audit.After)) { }
        Assert.Contains(beforeContains, audit.Before);
        Assert.Contains(afterContains, audit.After);
        Assert.True(DateTimeOffset.UtcNow - audit.At < TimeSpan.FromMinutes(5));
        return audit;
    }
}
