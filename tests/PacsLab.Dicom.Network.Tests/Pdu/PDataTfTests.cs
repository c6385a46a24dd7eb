using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class PDataTfTests
{
    // Captured from DCMTK 3.6.7 storescp: its C-ECHO-RSP to a C-ECHO-RQ (message ID 7) on presentation context 1.
    private const string StoreScpEchoResponse =
        "04" + "00" + "00000054" +                                 // P-DATA-TF, reserved, length 84
        "00000050" + "01" + "03" +                                 // PDV length 80, context 1, control 03H: command, last
        "0000000004000000" + "42000000" +                          //   (0000,0000) UL 4 = 66
        "0000020012000000" + "312E322E3834302E31303030382E312E3100" + // (0000,0002) UI 18 = 1.2.840.10008.1.1 + NUL
        "0000000102000000" + "3080" +                              //   (0000,0100) US 2 = 8030H C-ECHO-RSP
        "0000200102000000" + "0700" +                              //   (0000,0120) US 2 = 7 message ID being responded to
        "0000000802000000" + "0101" +                              //   (0000,0800) US 2 = 0101H no data set
        "0000000902000000" + "0000";                               //   (0000,0900) US 2 = 0000H success

    // Hand-built: the end of a command and two fragments of a data set, in one PDU.
    internal const string ThreeValues =
        "04" + "00" + "0000001C" +  // P-DATA-TF, reserved, length 28
        "00000006" + "03" + "01" +  // PDV length 6, context 3, control 01H: command, not last
        "AABBCCDD" +                //   4 bytes of command
        "00000004" + "03" + "00" +  // PDV length 4, context 3, control 00H: data set, not last
        "1122" +                    //   2 bytes of data set
        "00000006" + "03" + "02" +  // PDV length 6, context 3, control 02H: data set, last
        "33445566";                 //   4 bytes of data set

    [Fact]
    public void Decode_StoreScpEchoResponse_ReadsOneLastCommandFragment()
    {
        var pdata = PduBytes.Decode<PDataTf>(StoreScpEchoResponse);

        var value = Assert.Single(pdata.Values);
        Assert.Equal(1, value.PresentationContextId);
        Assert.True(value.IsCommand);
        Assert.True(value.IsLast);
        Assert.Equal(78, value.Data.Length);
        Assert.Equal(Convert.FromHexString(StoreScpEchoResponse[24..]), value.Data.ToArray());
    }

    [Fact]
    public void Encode_DecodedStoreScpEchoResponse_GivesTheCapturedBytes() =>
        Assert.Equal(StoreScpEchoResponse, PduBytes.EncodeHex(PduBytes.Decode<PDataTf>(StoreScpEchoResponse)));

    [Fact]
    public void Decode_ThreeValues_ReadsControlBitsAndData()
    {
        var values = PduBytes.Decode<PDataTf>(ThreeValues).Values;

        Assert.Equal(3, values.Count);
        Assert.All(values, v => Assert.Equal(3, v.PresentationContextId));
        Assert.Equal(new[] { true, false, false }, values.Select(v => v.IsCommand));
        Assert.Equal(new[] { false, false, true }, values.Select(v => v.IsLast));
        Assert.Equal("AABBCCDD", Convert.ToHexString(values[0].Data.Span));
        Assert.Equal("1122", Convert.ToHexString(values[1].Data.Span));
        Assert.Equal("33445566", Convert.ToHexString(values[2].Data.Span));
    }

    [Fact]
    public void Encode_ThreeValuesFromRecords_GivesTheGoldenBytes()
    {
        var pdata = new PDataTf(
        [
            new PresentationDataValue(3, IsCommand: true, IsLast: false, new byte[] { 0xAA, 0xBB, 0xCC, 0xDD }),
            new PresentationDataValue(3, IsCommand: false, IsLast: false, new byte[] { 0x11, 0x22 }),
            new PresentationDataValue(3, IsCommand: false, IsLast: true, new byte[] { 0x33, 0x44, 0x55, 0x66 }),
        ]);
        Assert.Equal(ThreeValues, PduBytes.EncodeHex(pdata));
    }

    [Fact]
    public void Decode_ReservedControlBitsSet_AreNotChecked()
    {
        var value = Assert.Single(PduBytes.Decode<PDataTf>("040000000008" + "00000004" + "01" + "FE" + "1234").Values);
        Assert.False(value.IsCommand);
        Assert.True(value.IsLast);
    }

    [Fact]
    public void Decode_EmptyFragment_IsAllowed() =>
        Assert.Equal(0, Assert.Single(PduBytes.Decode<PDataTf>("040000000006" + "00000002" + "01" + "02").Values).Data.Length);
}
