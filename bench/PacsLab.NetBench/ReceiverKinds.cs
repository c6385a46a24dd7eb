namespace PacsLab.NetBench;

/// <summary>The receivers compared, each started fresh for every run.</summary>
internal sealed record ReceiverKind(string Label, bool StoresFiles, Func<string, string, Task<Receiver>> Start)
{
    public static ReceiverKind PacsLab(string label, string mode, IReadOnlyDictionary<string, string>? environment = null) =>
        new(label, mode != StoreModes.Discard, async (output, spool) => await PacsLabReceiver.StartAsync(label, mode, output, spool, environment));

    public static ReceiverKind Storescp(string label, bool storesFiles, params string[] options) =>
        new(label, storesFiles, async (output, _) => await StorescpReceiver.StartAsync(label, output, options));

    public static readonly ReceiverKind PacsLabMove = PacsLab("PacsLab SCP, spooled as Part 10 while arriving, then moved", StoreModes.Move);
    public static readonly ReceiverKind PacsLabCopy = PacsLab("PacsLab SCP, meta header + copied data set bytes", StoreModes.Copy);
    public static readonly ReceiverKind PacsLabParse = PacsLab("PacsLab SCP, parse + DicomFile.Create + SaveAsync", StoreModes.Parse);
    public static readonly ReceiverKind PacsLabDiscard = PacsLab("PacsLab SCP, store nothing", StoreModes.Discard);
    public static readonly ReceiverKind StorescpDefault = Storescp("storescp (defaults: max PDU 16384)", true);
    public static readonly ReceiverKind StorescpBigPdu = Storescp("storescp -pdu 131072 (PacsLab's max PDU)", true, "-pdu", "131072");
    public static readonly ReceiverKind StorescpBitPreserving = Storescp("storescp +B (bit preserving)", true, "+B");
    public static readonly ReceiverKind StorescpIgnore = Storescp("storescp --ignore (store nothing)", false, "--ignore");
}
