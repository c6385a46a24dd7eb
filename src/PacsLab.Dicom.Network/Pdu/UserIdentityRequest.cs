using System.Text;

namespace PacsLab.Dicom.Network.Pdu;

/// <summary>User identity sub-item (58H) of an A-ASSOCIATE-RQ. PS3.7 D.3.3.7.1.</summary>
/// <param name="PrimaryField">User name (UTF-8), Kerberos ticket, SAML assertion or JWT, by <paramref name="Type"/>.</param>
/// <param name="SecondaryField">The passcode (UTF-8) for <see cref="UserIdentityType.UsernameAndPasscode"/>; empty otherwise.</param>
public sealed record UserIdentityRequest(
    UserIdentityType Type,
    bool PositiveResponseRequested,
    ReadOnlyMemory<byte> PrimaryField,
    ReadOnlyMemory<byte> SecondaryField)
{
    public static UserIdentityRequest ForUsername(string username, bool positiveResponseRequested = false) =>
        new(UserIdentityType.Username, positiveResponseRequested, Encoding.UTF8.GetBytes(username), ReadOnlyMemory<byte>.Empty);

    public static UserIdentityRequest ForUsernameAndPasscode(string username, string passcode, bool positiveResponseRequested = false) =>
        new(UserIdentityType.UsernameAndPasscode, positiveResponseRequested, Encoding.UTF8.GetBytes(username), Encoding.UTF8.GetBytes(passcode));

    /// <summary>The primary field read as UTF-8: the user name for types 1 and 2.</summary>
    public string PrimaryFieldText => Encoding.UTF8.GetString(PrimaryField.Span);

    /// <summary>The secondary field read as UTF-8: the passcode for type 2.</summary>
    public string SecondaryFieldText => Encoding.UTF8.GetString(SecondaryField.Span);

    // Keep passcodes out of logs that print the record.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Type = {Type}, PositiveResponseRequested = {PositiveResponseRequested}, PrimaryField = {PrimaryField.Length} bytes, SecondaryField = {SecondaryField.Length} bytes");
        return true;
    }
}
