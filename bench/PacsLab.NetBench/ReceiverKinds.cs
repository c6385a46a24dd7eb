namespace PacsLab.NetBench;

/// <summary>The receivers compared, each started fresh for every run.</summary>
internal sealed record ReceiverKind(string Label, bool StoresFiles, Func<string, string, Task<Receiver>> Start)
{
    public static ReceiverKind PacsLab(string label, string mode, IReadOnlyDictionary<string, string>? environment = null) =>
        new(label, mode != StoreModes.Discard, async (output, spool) => await PacsLabReceiver.StartAsync(label, mode, output, spool, environment));

    public static ReceiverKind Storescp(string label, bool storesFiles, params string[] options) =>
        new(label, storesFiles, async (output, _) => await StorescpReceiver.StartAsync(label, output, options));

    public static readonly ReceiverKind PacsLabCopy = PacsLab("PacsLab SCP, meta header + copied data set bytes", StoreModes.Copy);
    public static readonly ReceiverKind PacsLabParse = PacsLab("PacsLab SCP, parse + DicomFile.Create + SaveAsync", StoreModes.Parse);
    public static readonly ReceiverKind PacsLabDiscard = PacsLab("PacsLab SCP, store nothing", StoreModes.Discard);
    public static readonly ReceiverKind StorescpDefault = Storescp("storescp (defaults: max PDU 16384)", true);
    public static readonly ReceiverKind StorescpBigPdu = Storescp("storescp -pdu 131072 (PacsLab's max PDU)", true, "-pdu", "131072");
    public static readonly ReceiverKind StorescpBitPreserving = Storescp("storescp +B (bit preserving)", true, "+B");
    public static readonly ReceiverKind StorescpIgnore = Storescp("storescp --ignore (store nothing)", false, "--ignore");

    /// <summary>
    /// Diagnostic, not a configuration to ship: arrays up to 4 MiB kept off the large object heap, to show how much
    /// of the SCP's time goes to LOH allocations and the gen2 collections they trigger.
    /// </summary>
    private static readonly Dictionary<string, string> LohThreshold4MiB = new() { ["DOTNET_GCLOHThreshold"] = "0x400000" };

    public static readonly ReceiverKind PacsLabCopyLohThreshold =
        PacsLab("PacsLab SCP, copy, with DOTNET_GCLOHThreshold=4 MiB (diagnostic)", StoreModes.Copy, LohThreshold4MiB);
    public static readonly ReceiverKind PacsLabDiscardLohThreshold =
        PacsLab("PacsLab SCP, store nothing, with DOTNET_GCLOHThreshold=4 MiB (diagnostic)", StoreModes.Discard, LohThreshold4MiB);
}
