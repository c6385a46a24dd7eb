namespace PacsLab.Dicom.Network.Pdu;

/// <summary>User identity sub-item (59H) of an A-ASSOCIATE-AC. PS3.7 D.3.3.7.2: empty for types 1 and 2, a Kerberos ticket, SAML response or JWT otherwise.</summary>
public sealed record UserIdentityResponse(ReadOnlyMemory<byte> ServerResponse);
