using PacsLab.Department.Configuration;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Department.Modalities;

/// <summary>A DIMSE status from a peer as a device reports it: the code and its PS3.4/PS3.7 meaning, then plain words.</summary>
public static class StatusWording
{
    /// <summary>"0xA700 refused: out of resources (the receiver has no room to store it): disk full" (the ErrorComment last).</summary>
    public static string Describe(DimseStatus status, DimseCommandField operation, string? errorComment)
    {
        var comment = string.IsNullOrWhiteSpace(errorComment) ? "" : $", comment \"{errorComment.Trim()}\"";
        return $"{status} {status.Describe(operation)}{comment}";
    }

    /// <summary>What a refused C-STORE means and what to do, by status class (PS3.4 B.2.3).</summary>
    public static string StorePlainWords(DimseStatus status, DicomNode target, string callingAeTitle) => status.Code switch
    {
        >= 0xA700 and <= 0xA7FF => $"{target.AeTitle} has no room to store the images (disk full or quota reached). Free space on {target.AeTitle}, then resend.",
        >= 0xA900 and <= 0xA9FF => $"{target.AeTitle} says the images do not match their SOP class. Check the images (dciodvfy) and what {target.AeTitle} checks.",
        >= 0xC000 and <= 0xCFFF => $"{target.AeTitle} could not understand or process the images; its log says why.",
        0x0122 => $"{target.AeTitle} does not support this kind of image. Check the SOP classes it accepts.",
        0x0124 => $"{target.AeTitle} does not allow '{callingAeTitle}' to store. Check the permissions of '{callingAeTitle}' in its AE table.",
        _ => $"{target.AeTitle} refused the images; its log says why.",
    };
}
