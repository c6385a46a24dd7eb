namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// One presentation data value item of a P-DATA-TF (PS3.8 9.3.5.1): a fragment of a command or data set.
/// The message control header (PS3.8 Annex E.2) is bit 0 = command, bit 1 = last fragment.
/// </summary>
public sealed record PresentationDataValue(byte PresentationContextId, bool IsCommand, bool IsLast, ReadOnlyMemory<byte> Data)
{
    internal const byte CommandBit = 0x01;
    internal const byte LastBit = 0x02;

    internal byte MessageControlHeader => (byte)((IsCommand ? CommandBit : 0) | (IsLast ? LastBit : 0));
}
