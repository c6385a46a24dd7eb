namespace PacsLab.Dicom.Network.Association;

/// <summary>A remote AE the policy knows: its title and, when the host check is on, the address it must come from.</summary>
public sealed record KnownPeer(string AeTitle, string? Host = null);
