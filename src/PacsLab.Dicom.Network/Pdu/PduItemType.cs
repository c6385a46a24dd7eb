namespace PacsLab.Dicom.Network.Pdu;

/// <summary>Item and sub-item types of A-ASSOCIATE PDUs. PS3.8 9.3.2 to 9.3.3 and PS3.7 Annex D.3.3.</summary>
internal static class PduItemType
{
    public const byte ApplicationContext = 0x10;
    public const byte PresentationContextRq = 0x20;
    public const byte PresentationContextAc = 0x21;
    public const byte AbstractSyntax = 0x30;
    public const byte TransferSyntax = 0x40;
    public const byte UserInformation = 0x50;
    public const byte MaximumLength = 0x51;
    public const byte ImplementationClassUid = 0x52;
    public const byte AsynchronousOperationsWindow = 0x53;
    public const byte RoleSelection = 0x54;
    public const byte ImplementationVersionName = 0x55;
    public const byte SopClassExtendedNegotiation = 0x56;
    public const byte SopClassCommonExtendedNegotiation = 0x57;
    public const byte UserIdentityRq = 0x58;
    public const byte UserIdentityAc = 0x59;

    public static string Name(byte type) => type switch
    {
        ApplicationContext => "application context item (10H)",
        PresentationContextRq => "presentation context item (20H)",
        PresentationContextAc => "presentation context item (21H)",
        AbstractSyntax => "abstract syntax sub-item (30H)",
        TransferSyntax => "transfer syntax sub-item (40H)",
        UserInformation => "user information item (50H)",
        MaximumLength => "maximum length sub-item (51H)",
        ImplementationClassUid => "implementation class UID sub-item (52H)",
        AsynchronousOperationsWindow => "asynchronous operations window sub-item (53H)",
        RoleSelection => "SCP/SCU role selection sub-item (54H)",
        ImplementationVersionName => "implementation version name sub-item (55H)",
        SopClassExtendedNegotiation => "SOP class extended negotiation sub-item (56H)",
        SopClassCommonExtendedNegotiation => "SOP class common extended negotiation sub-item (57H)",
        UserIdentityRq => "user identity sub-item (58H)",
        UserIdentityAc => "user identity server response sub-item (59H)",
        _ => $"item of unknown type {type:X2}H",
    };
}
