using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Association;

/// <summary>The rejections of PS3.8 7.1.1.9 a policy or listener gives, each with its plain-words explanation.</summary>
public static class AssociationRejections
{
    public static AssociationRejected CalledAeNotRecognized(string called, string own) => new(
        new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CalledAeTitleNotRecognized),
        $"called AE title '{called}' is not this application's title '{own}' (A-ASSOCIATE-RJ source 1, reason 7). " +
        "Check the called AE title configured on the device that connected.");

    public static AssociationRejected CallingAeNotRecognized(string calling) => new(
        new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CallingAeTitleNotRecognized),
        $"calling AE title '{calling}' is not in the AE table (A-ASSOCIATE-RJ source 1, reason 3). " +
        "Check the device's own AE title, or add it to the AE table.");

    public static AssociationRejected HostNotAllowed(string calling, string actualHost, string expectedHost) => new(
        new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CallingAeTitleNotRecognized),
        $"calling AE title '{calling}' connected from {actualHost}, but the AE table expects it at {expectedHost} " +
        "(A-ASSOCIATE-RJ source 1, reason 3). Check the device's IP address or the AE table entry.");

    public static AssociationRejected HostNotResolved(string calling, string actualHost, string expectedHost, string why) => new(
        new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CallingAeTitleNotRecognized),
        $"calling AE title '{calling}' connected from {actualHost}, but the AE table's host for it, '{expectedHost}', could not be resolved ({why}), " +
        "so the host check cannot pass (A-ASSOCIATE-RJ source 1, reason 3). Check the Host of the AE table entry (an IP address avoids the lookup), " +
        "or the name service (DNS, /etc/hosts).");

    public static AssociationRejected ApplicationContextNotSupported(string name) => new(
        new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.ApplicationContextNameNotSupported),
        $"application context '{name}' is not the DICOM application context 1.2.840.10008.3.1.1.1 (A-ASSOCIATE-RJ source 1, reason 2).");

    public static AssociationRejected ProtocolVersionNotSupported(ushort version) => new(
        new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceProviderAcse, AssociateRejectReason.ServiceProviderAcse.ProtocolVersionNotSupported),
        $"protocol version {version} does not include version 1 (A-ASSOCIATE-RJ source 2, reason 2).");

    public static AssociationRejected LocalLimitExceeded(int maximum) => new(
        new AAssociateRj(AssociateRejectResult.RejectedTransient, AssociateRejectSource.ServiceProviderPresentation, AssociateRejectReason.ServiceProviderPresentation.LocalLimitExceeded),
        $"already serving the maximum of {maximum} simultaneous associations (A-ASSOCIATE-RJ result 2 transient, source 3, reason 2). Try again shortly.");

    public static AssociationRejected NoContextAccepted() => new(
        new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.NoReasonGiven),
        "none of the proposed presentation contexts is supported (A-ASSOCIATE-RJ source 1, reason 1). " +
        "Check which SOP classes and transfer syntaxes the device proposes.");
}
