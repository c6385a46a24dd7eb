using System.Net.Sockets;
using PacsLab.Department.Configuration;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.Department.Modalities;

/// <summary>
/// Turns what the network layer throws (<see cref="DicomNetworkException"/> wrapping a socket error, an
/// <see cref="AssociationRejectedException"/> or a timeout) into the device's wording: who refused what, in DICOM
/// terms and in plain words, naming the settings to check.
/// </summary>
public static class NetworkErrorWording
{
    /// <summary>The error for an exception met while talking to <paramref name="target"/> as <paramref name="callingAeTitle"/>.</summary>
    public static DeviceError Describe(Exception exception, DicomNode target, string callingAeTitle) => exception switch
    {
        DicomNetworkException { InnerException: AssociationRejectedException { Rejection: { } rejection } } =>
            RejectionWording.Describe(rejection.Reject, target, callingAeTitle),
        DicomNetworkException { InnerException: AssociationRejectedException closed } => new DeviceError(DeviceErrorKind.AssociationEnded,
            $"{target} ended the association request without an answer ({closed.Message.TrimEnd('.')})",
            $"{target.AeTitle} closed the connection instead of accepting or rejecting; its log says why."),
        DicomNetworkException { InnerException: SocketException socket } => Socket(socket, target),
        DicomNetworkException { InnerException: OperationCanceledException } => new DeviceError(DeviceErrorKind.Unreachable,
            $"no answer from {target.Host}:{target.Port} (TCP connect timed out)",
            $"The host does not answer: it is down, or the address is wrong. Check the host of {target.AeTitle} in the service menu."),
        DicomNetworkException { InnerException: TimeoutException } or TimeoutException => new DeviceError(DeviceErrorKind.Timeout,
            $"{target} did not answer in time ({Clean(exception.Message)})",
            $"Something accepts connections on {target.Host}:{target.Port} but does not answer as DICOM should: it may be stalled, " +
            "or the port belongs to another program. Check the port in the service menu."),
        DicomNetworkException network => new DeviceError(DeviceErrorKind.AssociationEnded, Clean(network.Message),
            $"The exchange with {target.AeTitle} did not finish; what was not acknowledged is tried again."),
        IOException io => new DeviceError(DeviceErrorKind.AssociationEnded,
            $"the connection to {target} broke ({Clean(io.Message)})",
            $"{target.AeTitle} closed the connection or stopped; its log says why. What was not acknowledged is tried again."),
        _ => new DeviceError(DeviceErrorKind.AssociationEnded, $"{Clean(exception.Message)} ({exception.GetType().Name})",
            "This looks like a fault in PacsLab's device simulation rather than in the network; please report it."),
    };

    private static DeviceError Socket(SocketException socket, DicomNode target) => socket.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => new DeviceError(DeviceErrorKind.ConnectionRefused,
            $"connection refused by {target.Host}:{target.Port}",
            $"Nothing accepts connections there: {target.AeTitle} is not running, or the host or port in the service menu is wrong. " +
            $"Check that {target.AeTitle} is running and listens on port {target.Port}."),
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => new DeviceError(DeviceErrorKind.Unreachable,
            $"host name '{target.Host}' cannot be resolved",
            $"The host name of {target.AeTitle} is unknown on this machine. Check the host in the service menu (an IP address such as 127.0.0.1 avoids name lookups)."),
        _ => new DeviceError(DeviceErrorKind.Unreachable,
            $"cannot connect to {target.Host}:{target.Port} ({socket.SocketErrorCode}: {Clean(socket.Message)})",
            $"The network path to {target.AeTitle} is broken or the address is wrong. Check the host and port in the service menu."),
    };

    private static string Clean(string message) => message.Trim().TrimEnd('.');
}
