using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Network;

/// <summary>The AE table and association checks as they are right now; replaced whole on every change.</summary>
public sealed record AeTableSnapshot(PacsSettingsRecord Settings, IReadOnlyList<RemoteAeRecord> RemoteAes)
{
    public RemoteAeRecord? Find(string aeTitle) => RemoteAes.FirstOrDefault(a => a.AeTitle == aeTitle.Trim());
}
