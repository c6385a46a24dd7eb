namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A user information sub-item this toolkit does not know, kept as read so it can be written back (PS3.7 D.3.3).</summary>
public sealed record UnknownUserInformationItem(byte ItemType, ReadOnlyMemory<byte> Value);
