using PacsLab.Department.Configuration;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Department.Modalities;

/// <summary>An A-ASSOCIATE-RJ as a device reports it: the PS3.8 terms, then what it means for this device's settings.</summary>
internal static class RejectionWording
{
    public static DeviceError Describe(AAssociateRj reject, DicomNode target, string callingAeTitle)
    {
        var terms = $"association rejected by {target.AeTitle}: {ReasonTerm(reject)} " +
            $"(A-ASSOCIATE-RJ result {(byte)reject.Result}, source {(byte)reject.Source}, reason {reject.Reason})";
        return new DeviceError(DeviceErrorKind.AssociationRejected, terms, PlainWords(reject, target, callingAeTitle));
    }

    // PS3.8 Table 9-21, Reason/Diag., by source.
    private static string ReasonTerm(AAssociateRj reject) => (reject.Source, reject.Reason) switch
    {
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.NoReasonGiven) => "no reason given",
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.ApplicationContextNameNotSupported) => "application context name not supported",
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CallingAeTitleNotRecognized) => "calling AE title not recognized",
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CalledAeTitleNotRecognized) => "called AE title not recognized",
        (AssociateRejectSource.ServiceProviderAcse, AssociateRejectReason.ServiceProviderAcse.NoReasonGiven) => "no reason given",
        (AssociateRejectSource.ServiceProviderAcse, AssociateRejectReason.ServiceProviderAcse.ProtocolVersionNotSupported) => "protocol version not supported",
        (AssociateRejectSource.ServiceProviderPresentation, AssociateRejectReason.ServiceProviderPresentation.TemporaryCongestion) => "temporary congestion",
        (AssociateRejectSource.ServiceProviderPresentation, AssociateRejectReason.ServiceProviderPresentation.LocalLimitExceeded) => "local limit exceeded",
        _ => $"reason {reject.Reason}, which PS3.8 does not define for this source",
    };

    private static string PlainWords(AAssociateRj reject, DicomNode target, string calling)
    {
        if (reject.Result == AssociateRejectResult.RejectedTransient)
            return $"{target.AeTitle} is busy for now (too many connections or overloaded); the device tries again later.";
        return (reject.Source, reject.Reason) switch
        {
            (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CallingAeTitleNotRecognized) =>
                $"{target.AeTitle} does not know this device as '{calling}'. Check the device's own AE title in the service menu " +
                $"(it must be the title in {target.AeTitle}'s AE table), or add '{calling}' to {target.AeTitle}'s AE table.",
            // Some archives (DCMTK's dcmqrscp among them) give reason 7 as well when the calling title is the one they do not know.
            (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CalledAeTitleNotRecognized) =>
                $"The application at {target.Host}:{target.Port} is not called '{target.AeTitle}', or does not serve '{calling}' under that title. " +
                $"Check the called AE title in the service menu, then that {target.AeTitle} knows this device as '{calling}'.",
            (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.NoReasonGiven) =>
                $"{target.AeTitle} refused this device without saying why (often: none of the proposed SOP classes is accepted, " +
                "or the device's address is not allowed). Its association log says why.",
            _ => $"{target.AeTitle} at {target.Host}:{target.Port} does not speak this DICOM dialect. Check that the port is its DICOM port.",
        };
    }
}
