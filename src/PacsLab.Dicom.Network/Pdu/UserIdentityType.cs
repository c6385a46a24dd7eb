namespace PacsLab.Dicom.Network.Pdu;

/// <summary>User-Identity-Type of the user identity sub-item (58H). PS3.7 Table D.3-14.</summary>
public enum UserIdentityType : byte
{
    Username = 1,
    UsernameAndPasscode = 2,
    KerberosServiceTicket = 3,
    SamlAssertion = 4,
    JsonWebToken = 5,
}
