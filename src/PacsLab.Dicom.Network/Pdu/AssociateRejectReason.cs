namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// Reason/Diag. field of an A-ASSOCIATE-RJ (PS3.8 Table 9-21). The same number means different things for each
/// source, so the codes are grouped by source instead of forming one enum; any other value is reserved.
/// </summary>
public static class AssociateRejectReason
{
    /// <summary>Reasons when the source is <see cref="AssociateRejectSource.ServiceUser"/>.</summary>
    public static class ServiceUser
    {
        public const byte NoReasonGiven = 1;
        public const byte ApplicationContextNameNotSupported = 2;
        public const byte CallingAeTitleNotRecognized = 3;
        public const byte CalledAeTitleNotRecognized = 7;
    }

    /// <summary>Reasons when the source is <see cref="AssociateRejectSource.ServiceProviderAcse"/>.</summary>
    public static class ServiceProviderAcse
    {
        public const byte NoReasonGiven = 1;
        public const byte ProtocolVersionNotSupported = 2;
    }

    /// <summary>Reasons when the source is <see cref="AssociateRejectSource.ServiceProviderPresentation"/>.</summary>
    public static class ServiceProviderPresentation
    {
        public const byte TemporaryCongestion = 1;
        public const byte LocalLimitExceeded = 2;
    }
}
