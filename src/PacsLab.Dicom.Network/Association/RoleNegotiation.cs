using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Association;

/// <summary>
/// SCP/SCU role selection as the acceptor answers it (PS3.7 D.3.3.4). Without an item the requestor is SCU and the
/// acceptor SCP. The answer holds one item per SOP class the requestor proposed roles for and for which a presentation
/// context was accepted, never one for any other class; a role is granted only if it was proposed. The requestor's
/// SCU role (this side serving the class, which accepting the context already says) is granted as proposed; its SCP
/// role (this side sending requests of that class on the association, as C-GET does with C-STORE) only where
/// <c>acceptorActsAsScu</c> agrees.
/// </summary>
public static class RoleNegotiation
{
    public static IReadOnlyList<RoleSelection> Answer(IReadOnlyList<RoleSelection> proposed, IReadOnlyCollection<string> acceptedAbstractSyntaxes,
        Func<string, bool> acceptorActsAsScu)
    {
        var answers = new List<RoleSelection>();
        foreach (var role in proposed)
        {
            // One item per SOP class; a requestor that repeats one gets the answer to its first.
            if (!acceptedAbstractSyntaxes.Contains(role.SopClassUid) || answers.Any(a => a.SopClassUid == role.SopClassUid)) continue;
            answers.Add(new RoleSelection(role.SopClassUid, role.ScuRole, role.ScpRole && acceptorActsAsScu(role.SopClassUid)));
        }
        return answers;
    }

    /// <summary>Whether the requestor took the SCP role for the SOP class, i.e. may be sent requests of it (C-STOREs of a C-GET).</summary>
    public static bool RequestorIsScp(IReadOnlyList<RoleSelection> accepted, string sopClassUid) =>
        accepted.Any(r => r.SopClassUid == sopClassUid && r.ScpRole);
}
