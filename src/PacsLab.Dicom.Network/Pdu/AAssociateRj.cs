namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A-ASSOCIATE-RJ (PS3.8 9.3.4). <see cref="Reason"/> takes its meaning from <see cref="Source"/>: see <see cref="AssociateRejectReason"/>.</summary>
public sealed record AAssociateRj(AssociateRejectResult Result, AssociateRejectSource Source, byte Reason) : ProtocolDataUnit
{
    public override PduType Type => PduType.AAssociateRj;

    /// <summary>The rejection in plain words and in PS3.8 7.1.1.9 terms.</summary>
    public string Describe()
    {
        var result = Result == AssociateRejectResult.RejectedTransient ? "temporarily (try again later)" : "permanently";
        return $"Association rejected {result} by {DescribeSource()}: {DescribeReason()} " +
            $"(A-ASSOCIATE-RJ result {(byte)Result} {ResultTerm()}, source {(byte)Source}, reason {Reason}).";
    }

    private string ResultTerm() => Result switch
    {
        AssociateRejectResult.RejectedPermanent => "rejected-permanent",
        AssociateRejectResult.RejectedTransient => "rejected-transient",
        _ => "undefined",
    };

    private string DescribeSource() => Source switch
    {
        AssociateRejectSource.ServiceUser => "the called application (DICOM UL service-user)",
        AssociateRejectSource.ServiceProviderAcse => "the peer's DICOM upper layer (service-provider, ACSE related function)",
        AssociateRejectSource.ServiceProviderPresentation => "the peer's DICOM upper layer (service-provider, presentation related function)",
        _ => $"an undefined source {(byte)Source}",
    };

    // PS3.8 Table 9-21, Reason/Diag.
    private string DescribeReason() => (Source, Reason) switch
    {
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.NoReasonGiven) =>
            "no reason given (no-reason-given)",
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.ApplicationContextNameNotSupported) =>
            "it does not support the proposed application context (application-context-name-not-supported)",
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CallingAeTitleNotRecognized) =>
            "it does not recognize the calling AE title; check that this AE title is configured on the peer (calling-AE-title-not-recognized)",
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CalledAeTitleNotRecognized) =>
            "the called AE title is not its own; check the AE title used to reach it (called-AE-title-not-recognized)",
        (AssociateRejectSource.ServiceProviderAcse, AssociateRejectReason.ServiceProviderAcse.NoReasonGiven) =>
            "no reason given (no-reason-given)",
        (AssociateRejectSource.ServiceProviderAcse, AssociateRejectReason.ServiceProviderAcse.ProtocolVersionNotSupported) =>
            "it does not support the proposed protocol version (protocol-version-not-supported)",
        (AssociateRejectSource.ServiceProviderPresentation, AssociateRejectReason.ServiceProviderPresentation.TemporaryCongestion) =>
            "it is temporarily congested (temporary-congestion)",
        (AssociateRejectSource.ServiceProviderPresentation, AssociateRejectReason.ServiceProviderPresentation.LocalLimitExceeded) =>
            "a local limit was exceeded, often the number of simultaneous associations (local-limit-exceeded)",
        _ => $"reason code {Reason}, which PS3.8 reserves for this source",
    };
}
