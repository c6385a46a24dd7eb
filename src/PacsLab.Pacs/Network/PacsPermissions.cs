using PacsLab.Dicom.Network.Dimse;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Network;

/// <summary>The AE table's per-AE permissions, enforced when the calling-AE check is on (without it nobody is known).</summary>
internal static class PacsPermissions
{
    public static void Require(AeDirectory directory, string callingAeTitle, Func<RemoteAeRecord, bool> allowed, string what)
    {
        var snapshot = directory.Snapshot;
        if (snapshot.Settings.CheckCallingAeTitle && snapshot.Find(callingAeTitle) is { } ae && !allowed(ae))
            throw new DimseStatusException(DimseStatus.NotAuthorized, $"{callingAeTitle} is in the AE table but may not {what}");
    }
}
