namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// The user information item (50H) of an A-ASSOCIATE-RQ or -AC and its sub-items (PS3.8 9.3.2.3, PS3.7 Annex D.3.3).
/// Sub-items that may appear once are nullable; absent means "not sent".
/// </summary>
public sealed record UserInformation
{
    /// <summary>Maximum length sub-item (51H): the largest P-DATA-TF variable field the sender accepts; 0 means no limit.</summary>
    public uint? MaximumLength { get; init; }

    /// <summary>Implementation class UID sub-item (52H).</summary>
    public string? ImplementationClassUid { get; init; }

    /// <summary>Implementation version name sub-item (55H), 1 to 16 characters.</summary>
    public string? ImplementationVersionName { get; init; }

    /// <summary>Asynchronous operations window sub-item (53H).</summary>
    public AsynchronousOperationsWindow? AsynchronousOperationsWindow { get; init; }

    /// <summary>SCP/SCU role selection sub-items (54H), one per SOP class.</summary>
    public IReadOnlyList<RoleSelection> RoleSelections { get; init; } = [];

    /// <summary>SOP class extended negotiation sub-items (56H).</summary>
    public IReadOnlyList<SopClassExtendedNegotiation> ExtendedNegotiations { get; init; } = [];

    /// <summary>SOP class common extended negotiation sub-items (57H).</summary>
    public IReadOnlyList<SopClassCommonExtendedNegotiation> CommonExtendedNegotiations { get; init; } = [];

    /// <summary>User identity sub-item (58H), RQ only.</summary>
    public UserIdentityRequest? UserIdentity { get; init; }

    /// <summary>User identity server response sub-item (59H), AC only.</summary>
    public UserIdentityResponse? UserIdentityResponse { get; init; }

    /// <summary>Sub-items of types this toolkit does not know; written back after the known ones.</summary>
    public IReadOnlyList<UnknownUserInformationItem> UnknownItems { get; init; } = [];
}
