namespace PacsLab.Dicom.Network.Association;

/// <summary>Timeouts and limits of one association (defaults as pynetdicom's: ARTIM 30 s, DIMSE 30 s, network 60 s).</summary>
public sealed record AssociationOptions
{
    public static AssociationOptions Default { get; } = new();

    /// <summary>The largest P-DATA-TF variable field we accept, announced in our maximum length sub-item.</summary>
    public uint MaxPduLength { get; init; } = 128 * 1024;

    public TimeSpan ArtimTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a DIMSE response (or a request's next fragment) before aborting.</summary>
    public TimeSpan DimseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an association may stay silent before it is aborted.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where received data sets larger than <see cref="SpoolThreshold"/> are spooled.</summary>
    public string SpoolDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "pacslab-spool");

    /// <summary>
    /// Data sets larger than this are written to a temp file as they arrive, as a complete Part 10 file (meta header
    /// from the C-STORE command, then the data set), which a store handler can move into place; 0 spools every one.
    /// </summary>
    public long SpoolThreshold { get; init; } = 1024 * 1024;

    public string ImplementationClassUid { get; init; } = DicomFileMetaInformation.ImplementationClassUid;
    public string ImplementationVersionName { get; init; } = DicomFileMetaInformation.ImplementationVersionName;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
