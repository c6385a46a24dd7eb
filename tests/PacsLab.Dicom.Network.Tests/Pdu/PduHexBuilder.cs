using System.Text;

namespace PacsLab.Dicom.Network.Tests.Pdu;

/// <summary>Builds hand-made PDUs as hex, computing lengths, so a malformed case shows only what is wrong in it.</summary>
internal static class PduHexBuilder
{
    public const string Verification = "1.2.840.10008.1.1";
    public const string ImplicitLittleEndian = "1.2.840.10008.1.2";

    public static string Ascii(string text) => Convert.ToHexString(Encoding.ASCII.GetBytes(text));

    /// <summary>An AE title field: 16 bytes, space padded.</summary>
    public static string AeField(string title) => Ascii(title.PadRight(16));

    /// <summary>A variable item: type, reserved 00, 2-byte length, value.</summary>
    public static string Item(string typeHex, string valueHex) => typeHex + "00" + (valueHex.Length / 2).ToString("X4") + valueHex;

    public static string UidItem(string typeHex, string uid) => Item(typeHex, Ascii(uid));

    /// <summary>A 2-byte length and a UID, as inside sub-items 54H, 56H and 57H.</summary>
    public static string LengthPrefixed(string uid) => (uid.Length).ToString("X4") + Ascii(uid);

    public static string WholePdu(string typeHex, string bodyHex) => typeHex + "00" + (bodyHex.Length / 2).ToString("X8") + bodyHex;

    public static string VerificationContext(byte id = 1) =>
        Item("20", id.ToString("X2") + "000000" + UidItem("30", Verification) + UidItem("40", ImplicitLittleEndian));

    public static string MinimalUserInformation => Item("50", Item("51", "00004000"));

    /// <summary>An A-ASSOCIATE-RQ with the given parts; every default is valid.</summary>
    public static string AssociateRq(
        string? contexts = null, string? userInformation = null, string called = "ANY-SCP", string calling = "ECHOSCU",
        string? applicationContext = null) =>
        WholePdu("01", "00010000" + AeField(called) + AeField(calling) + new string('0', 64)
            + (applicationContext ?? UidItem("10", "1.2.840.10008.3.1.1.1"))
            + (contexts ?? VerificationContext())
            + (userInformation ?? MinimalUserInformation));

    /// <summary>An A-ASSOCIATE-AC with the given parts; every default is valid.</summary>
    public static string AssociateAc(string? contexts = null, string? userInformation = null, string called = "ANY-SCP", string calling = "ECHOSCU") =>
        WholePdu("02", "00010000" + AeField(called) + AeField(calling) + new string('0', 64)
            + UidItem("10", "1.2.840.10008.3.1.1.1")
            + (contexts ?? Item("21", "01000000" + UidItem("40", ImplicitLittleEndian)))
            + (userInformation ?? MinimalUserInformation));
}
