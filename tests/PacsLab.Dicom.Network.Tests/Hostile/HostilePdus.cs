using System.Buffers.Binary;
using System.Text;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>
/// Bytes a hostile peer sends: well-formed PDUs through <see cref="PduCodec.Encode(ProtocolDataUnit)"/>, malformed ones
/// written field by field (PS3.8 9.3: 1-byte type, 1 reserved byte, 4-byte big-endian length, body).
/// </summary>
internal static class HostilePdus
{
    public const string CallingAe = "HOSTILE";
    public const byte VerificationContext = 1;

    /// <summary>Proposed but refused by the harness: no SCP serves this abstract syntax.</summary>
    public const byte RefusedContext = 3;

    /// <summary>What a port scanner or a misdirected browser sends.</summary>
    public static byte[] HttpGet { get; } = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n");

    public static IReadOnlyList<PresentationContextProposal> VerificationAndRefused { get; } =
    [
        new(VerificationContext, DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        new(RefusedContext, "1.2.826.0.1.3680043.9999.1", [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
    ];

    public static byte[] AssociateRq(IReadOnlyList<PresentationContextProposal> contexts, uint ourMaxPduLength = 16 * 1024) =>
        PduCodec.Encode(new AAssociateRq(ScpHarness.AeTitle, CallingAe, contexts, new UserInformation
        {
            MaximumLength = ourMaxPduLength,
            ImplementationClassUid = "1.2.826.0.1.3680043.9999.2",
            ImplementationVersionName = "HOSTILE_PEER",
        }));

    /// <summary><paramref name="count"/> Verification contexts; IDs run 1, 3 ... 255 and then repeat, as a careless or hostile encoder would.</summary>
    public static IReadOnlyList<PresentationContextProposal> ManyContexts(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new PresentationContextProposal((byte)(2 * (i % 128) + 1), DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]))
            .ToList();

    /// <summary>A PDU header with any type and length, followed by <paramref name="body"/> (which need not match the length).</summary>
    public static byte[] Raw(byte type, uint length, ReadOnlySpan<byte> body = default)
    {
        var bytes = new byte[PduCodec.HeaderLength + body.Length];
        bytes[0] = type;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(2), length);
        body.CopyTo(bytes.AsSpan(PduCodec.HeaderLength));
        return bytes;
    }

    /// <summary>A P-DATA-TF with one PDV item whose length field says <paramref name="pdvLength"/>, whatever follows it.</summary>
    public static byte[] PDataWithPdvLength(uint pdvLength, ReadOnlySpan<byte> afterLength)
    {
        var body = new byte[4 + afterLength.Length];
        BinaryPrimitives.WriteUInt32BigEndian(body, pdvLength);
        afterLength.CopyTo(body.AsSpan(4));
        return Raw((byte)PduType.PDataTf, (uint)body.Length, body);
    }

    /// <summary>A well-formed P-DATA-TF carrying a whole command set as one last fragment.</summary>
    public static byte[] Command(byte contextId, byte[] commandSet) =>
        PduCodec.Encode(new PDataTf([new PresentationDataValue(contextId, IsCommand: true, IsLast: true, commandSet)]));

    public static Task<byte[]> EchoCommandAsync(ushort messageId = 1) => DimseCommandCodec.EncodeAsync(DimseCommands.EchoRequest(messageId));

    public static async Task<byte[]> EchoAsync(byte contextId, ushort messageId = 1) => Command(contextId, await EchoCommandAsync(messageId));
}
