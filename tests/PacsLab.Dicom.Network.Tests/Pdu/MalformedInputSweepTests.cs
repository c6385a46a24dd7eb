using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

/// <summary>
/// Cuts and corrupts golden PDUs at every byte: decoding must either succeed or throw <see cref="PduFormatException"/>,
/// never IndexOutOfRange or anything else a transport would not know how to answer.
/// </summary>
public class MalformedInputSweepTests
{
    public static TheoryData<string, string> GoldenPdus => new()
    {
        { "echoscu RQ", EchoScuAssociateRqTests.EchoScuRq },
        { "storescu RQ with user identity", StoreScuAssociateRqTests.StoreScuRqWithUserIdentity },
        { "RQ with extended negotiation", ExtendedNegotiationTests.Rq },
        { "hand-built AC", AAssociateAcTests.HandBuiltAc },
        { "P-DATA-TF with three values", PDataTfTests.ThreeValues },
    };

    [Theory]
    [MemberData(nameof(GoldenPdus))]
    public void Decode_EveryTruncation_SucceedsOrThrowsPduFormatException(string name, string hex)
    {
        var pdu = Convert.FromHexString(hex);
        for (var bodyLength = 0; bodyLength < pdu.Length - PduCodec.HeaderLength; bodyLength++)
            AssertDecodesOrFailsCleanly(name, (PduType)pdu[0], pdu.AsSpan(PduCodec.HeaderLength, bodyLength).ToArray());
    }

    [Theory]
    [MemberData(nameof(GoldenPdus))]
    public void Decode_EveryByteCorrupted_SucceedsOrThrowsPduFormatException(string name, string hex)
    {
        var body = Convert.FromHexString(hex)[PduCodec.HeaderLength..];
        var type = (PduType)Convert.FromHexString(hex)[0];
        foreach (var value in new byte[] { 0x00, 0x01, 0x7F, 0xFF })
        {
            for (var i = 0; i < body.Length; i++)
            {
                var corrupted = (byte[])body.Clone();
                corrupted[i] = value;
                AssertDecodesOrFailsCleanly($"{name}, byte {i + PduCodec.HeaderLength} set to {value:X2}H", type, corrupted);
            }
        }
    }

    private static void AssertDecodesOrFailsCleanly(string what, PduType type, byte[] body)
    {
        try
        {
            PduCodec.Decode(type, body, PduLimits.Default);
        }
        catch (PduFormatException)
        {
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}");
        }
    }
}
