namespace PacsLab.Dicom.Network.Pdu;

/// <summary>SCP/SCU role selection sub-item (54H). PS3.7 D.3.3.4: in an RQ, the roles proposed; in an AC, the roles accepted.</summary>
public sealed record RoleSelection(string SopClassUid, bool ScuRole, bool ScpRole);
