using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.NetBench;

/// <summary>What the PacsLab SCP does with each received data set; the names are the child process's argument.</summary>
internal static class StoreModes
{
    /// <summary>Meta header written by PacsLab, then the received data set bytes copied unchanged.</summary>
    public const string Copy = "copy";

    /// <summary>The data set parsed into a <c>DicomDataset</c>, then DicomFile.Create + SaveAsync.</summary>
    public const string Parse = "parse";

    /// <summary>Nothing stored: the handler answers success for what the network layer already holds.</summary>
    public const string Discard = "discard";

    /// <summary>Every data set spooled as a Part 10 file while it arrives; the handler moves it into place.</summary>
    public const string Move = "move";

    public static ICStoreHandler Create(string mode, string outputFolder, StoreTimings timings) => mode switch
    {
        Copy => new CopyingStoreHandler(outputFolder, timings),
        Parse => new ParsingStoreHandler(outputFolder, timings),
        Discard => new DiscardingStoreHandler(timings),
        Move => new MovingStoreHandler(outputFolder, timings),
        _ => throw new ArgumentException($"unknown store mode '{mode}' (use {Copy}, {Parse}, {Move} or {Discard})", nameof(mode)),
    };

    /// <summary>One file per instance, named by its SOP Instance UID as storescp does (without the modality prefix).</summary>
    public static string PathFor(string folder, DimseCommand request) =>
        Path.Combine(folder, (request.AffectedSopInstanceUid ?? Guid.NewGuid().ToString("N")) + ".dcm");
}
