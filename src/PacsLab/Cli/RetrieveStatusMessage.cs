using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Cli;

/// <summary>
/// The final C-MOVE or C-GET response said for a trainee: the status and its meaning, the sub-operation counts,
/// the peer's ErrorComment, and for a failure what to check (PS3.4 C.4.2.1.5, C.4.3.1.4).
/// </summary>
internal static class RetrieveStatusMessage
{
    /// <summary>"completed 3, failed 0, warning 0", with "remaining N" first when the peer sent it.</summary>
    public static string Counts(DimseSubOperations counts)
    {
        var remaining = counts.Remaining is { } r ? $"remaining {r}, " : "";
        return $"{remaining}completed {counts.Completed ?? 0}, failed {counts.Failed ?? 0}, warning {counts.Warning ?? 0}";
    }

    /// <summary>True when every matching instance arrived, some perhaps with a warning from the receiver.</summary>
    public static bool IsComplete(DimseCommand final) =>
        final.Status.Category is DimseStatusCategory.Success or DimseStatusCategory.Warning && (final.SubOperations?.Failed ?? 0) == 0;

    public static string StatusLine(string operation, DimseCommand final, DimseCommandField responseField)
    {
        var status = final.Status;
        var counts = final.SubOperations;
        var nothing = status.IsSuccess && (counts?.Completed ?? 0) == 0 && (counts?.Failed ?? 0) == 0 && (counts?.Warning ?? 0) == 0
            ? "; no instance matched the keys, so nothing was sent" : "";
        var comment = final.ErrorComment is { Length: > 0 } text ? $"; the peer says: \"{text}\"" : "";
        var reported = counts is null ? "" : $"; {Counts(counts)}";
        return $"{operation}: {status.Describe(responseField)} (status {status}){reported}{nothing}{comment}";
    }

    /// <summary>What to check after a C-MOVE that did not deliver everything; empty when there is nothing to add.</summary>
    public static string MoveHint(DicomClientOptions options, QueryRequest request, string destination, DimseCommand final)
    {
        var called = options.CalledAeTitle;
        var failed = final.SubOperations?.Failed ?? 0;
        return final.Status.Code switch
        {
            0xA801 => $"{called} does not know the move destination '{destination}'. {called} sends the images over a new " +
                $"association that it opens itself, so every destination must be in {called}'s AE table with its host and port. " +
                $"Check -aem (AE titles are case-sensitive and exact), or add '{destination}' to {called}'s AE table.",
            _ when failed > 0 || final.Status.Code is 0xA701 or 0xA702 =>
                $"{Instances(failed)} did not reach '{destination}'. {called} connects to {destination} at the host and port " +
                $"its AE table gives for it: check that {destination} is running and listening there, that it accepts {called} as " +
                $"a calling AE title and these kinds of objects. {called}'s log says why each one failed.",
            _ => CommonHint(options, request, final),
        };
    }

    /// <summary>What to check after a C-GET that did not bring everything back; empty when there is nothing to add.</summary>
    public static string GetHint(DicomClientOptions options, QueryRequest request, DimseCommand final)
    {
        var failed = final.SubOperations?.Failed ?? 0;
        if (failed > 0 || final.Status.Code is 0xA701 or 0xA702)
            return $"{Instances(failed)} did not come back. {options.CalledAeTitle} sends them over this association as C-STORE " +
                "requests, on the storage presentation contexts this command proposed with the SCP role: an instance of a SOP class " +
                "not in that list, or in a compressed transfer syntax (this command takes uncompressed ones only), cannot come this " +
                $"way. Use `pacslab dicom move` for those; {options.CalledAeTitle}'s log says why each one failed.";
        return CommonHint(options, request, final);
    }

    private static string CommonHint(DicomClientOptions options, QueryRequest request, DimseCommand final) => final.Status.Code switch
    {
        0x0122 => $"{options.CalledAeTitle} does not support {request.Model.Name} retrieval; try the other model (-P or -S).",
        0x0124 => $"{options.CalledAeTitle} does not allow '{options.CallingAeTitle}' (-aet) to retrieve; check its AE table and permissions.",
        >= 0xA900 and <= 0xA9FF or >= 0xC000 and <= 0xCFFF =>
            $"{options.CalledAeTitle} could not work with the identifier ({request.Description}). Check the -k keys and -L: a retrieve " +
            "names what to send by the unique keys down to its level, e.g. StudyInstanceUID at STUDY level, and SeriesInstanceUID too at SERIES level.",
        0xFE00 => "The retrieve was cancelled before every instance was sent.",
        _ => "",
    };

    private static string Instances(int count) => count switch
    {
        0 => "The instances",
        1 => "1 instance",
        _ => $"{count} instances",
    };
}
