using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Cli;

/// <summary>
/// Why a network operation failed, said for a trainee: the DICOM fact, plain words and what to check, naming the AE
/// titles this command used; never a stack trace.
/// </summary>
internal static class NetworkErrorMessage
{
    /// <summary>The message for an exception met while talking to the peer; null for cancellation.</summary>
    public static string? For(DicomClientOptions options, Exception exception) => exception switch
    {
        DicomNetworkException { InnerException: AssociationRejectedException { Rejection: { } rejection } } rejected =>
            $"{rejected.Message} {RejectionHint(options, rejection.Reject)}".TrimEnd(),
        DicomNetworkException network => network.Message,
        TimeoutException timeout =>
            $"{timeout.Message} The peer may be busy or stuck; try again, or give it longer with -td (DIMSE) or -ta (association).",
        IOException io =>
            $"The connection to {options.Host}:{options.Port} broke: {io.Message}. The peer closed it or stopped; its log says why.",
        OperationCanceledException => null,
        _ => $"{exception.Message} ({exception.GetType().Name}). This looks like a bug in PacsLab's DICOM network code rather " +
            "than a problem with the peer; please report it with the command you ran.",
    };

    // What the rejection means for the AE titles given on this command line (PS3.8 Table 9-21).
    private static string RejectionHint(DicomClientOptions options, AAssociateRj reject) => (reject.Source, reject.Reason) switch
    {
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CallingAeTitleNotRecognized) =>
            $"This side called itself '{options.CallingAeTitle}' (-aet), and {options.CalledAeTitle} does not know that AE title: " +
            $"use an AE title it knows, or add '{options.CallingAeTitle}' to its AE table.",
        (AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CalledAeTitleNotRecognized) =>
            $"This side asked for '{options.CalledAeTitle}' (-aec), which is not the AE title of the application on " +
            $"{options.Host}:{options.Port}: use its AE title (PacsLab's PACS is PACSLAB).",
        _ when reject.Result == AssociateRejectResult.RejectedTransient => "Wait a moment and try again.",
        _ => "",
    };
}
