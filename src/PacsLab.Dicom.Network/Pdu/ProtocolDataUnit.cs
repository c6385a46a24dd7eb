namespace PacsLab.Dicom.Network.Pdu;

/// <summary>One protocol data unit of the DICOM upper layer (PS3.8 9.3). Immutable; <see cref="PduCodec"/> turns it to and from bytes.</summary>
public abstract record ProtocolDataUnit
{
    public abstract PduType Type { get; }
}
