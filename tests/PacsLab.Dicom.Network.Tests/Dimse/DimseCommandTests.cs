using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Dicom.Network.Tests.Dimse;

public class DimseCommandTests
{
    // C-ECHO-RQ as every implementation encodes it: implicit VR little endian, group length first.
    //   (0000,0000) UL 4  = 56
    //   (0000,0002) UI 18 = 1.2.840.10008.1.1 + NUL pad
    //   (0000,0100) US 2  = 0x0030 C-ECHO-RQ
    //   (0000,0110) US 2  = 7 message ID
    //   (0000,0800) US 2  = 0x0101 no data set
    private const string EchoRequestHex =
        "00000000" + "04000000" + "38000000" +
        "00000200" + "12000000" + "312E322E3834302E31303030382E312E3100" +
        "00000001" + "02000000" + "3000" +
        "00001001" + "02000000" + "0700" +
        "00000008" + "02000000" + "0101";

    [Fact]
    public async Task Encode_EchoRequest_MatchesTheStandardLayout()
    {
        var bytes = await DimseCommandCodec.EncodeAsync(DimseCommands.EchoRequest(7));
        Assert.Equal(EchoRequestHex, Convert.ToHexString(bytes));
    }

    public static TheoryData<string> Commands => ["echo", "store", "storeResponse", "moveResponse", "findPending", "cancel"];

    private static DimseCommand Command(string which)
    {
        var store = DimseCommands.StoreRequest(12, "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4.55", DimsePriority.High, "MOVER", 3);
        var move = DimseCommands.MoveRequest(5, "1.2.840.10008.5.1.4.1.2.2.2", "RAD_WS1");
        var moveResponse = DimseCommands.Response(move, DimseStatus.SubOperationsCompleteWithFailures, errorComment: "1 sub-operation(s) failed");
        moveResponse.SubOperations = new DimseSubOperations(null, 2, 1, 0);
        return which switch
        {
            "echo" => DimseCommands.EchoRequest(7),
            "store" => store,
            "storeResponse" => DimseCommands.Response(store, DimseStatus.DataSetDoesNotMatchSopClass, errorComment: "odd length comment"),
            "moveResponse" => moveResponse,
            "findPending" => DimseCommands.Response(DimseCommands.FindRequest(9, "1.2.840.10008.5.1.4.1.2.2.1"), DimseStatus.PendingWithWarnings, hasDataSet: true),
            _ => DimseCommands.CancelRequest(9),
        };
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Encode_AnyCommand_SameBytesAsTheGeneralWriter(string which)
    {
        var command = Command(which);

        var direct = DimseCommandCodec.Encode(command);
        var general = await DicomDatasetSerializer.SerializeAsync(command.Dataset, DicomTransferSyntax.ImplicitVRLittleEndian);

        Assert.Equal(Convert.ToHexString(general), Convert.ToHexString(direct));
        Assert.Equal(command.CommandField, (await DimseCommandCodec.DecodeAsync(direct)).CommandField);
    }

    [Fact]
    public void Encode_ElementOutsideGroup0000_IsRefused()
    {
        var command = DimseCommands.EchoRequest(1);
        command.Dataset.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "X");

        Assert.Throws<InvalidOperationException>(() => DimseCommandCodec.Encode(command));
    }

    [Fact]
    public async Task Decode_EchoRequest_ReadsEveryField()
    {
        var command = await DimseCommandCodec.DecodeAsync(Convert.FromHexString(EchoRequestHex));
        Assert.Equal(DimseCommandField.CEchoRq, command.CommandField);
        Assert.Equal(7, command.MessageId);
        Assert.Equal("1.2.840.10008.1.1", command.AffectedSopClassUid);
        Assert.False(command.HasDataSet);
        Assert.False(command.IsResponse);
    }

    [Fact]
    public async Task StoreResponse_CopiesSopClassInstanceAndMessageId()
    {
        var request = DimseCommands.StoreRequest(12, "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4.5", DimsePriority.High, "MOVER", 3);
        var response = DimseCommands.Response(request, DimseStatus.DataSetDoesNotMatchSopClass, errorComment: "SOP Instance UID in the command differs from the data set");
        var decoded = await DimseCommandCodec.DecodeAsync(await DimseCommandCodec.EncodeAsync(response));
        Assert.Equal(DimseCommandField.CStoreRsp, decoded.CommandField);
        Assert.Equal(12, decoded.MessageIdBeingRespondedTo);
        Assert.Equal("1.2.840.10008.5.1.4.1.1.2", decoded.AffectedSopClassUid);
        Assert.Equal("1.2.3.4.5", decoded.AffectedSopInstanceUid);
        Assert.Equal(0xA900, decoded.Status.Code);
        Assert.Equal("SOP Instance UID in the command differs from the data set", decoded.ErrorComment);
        Assert.False(decoded.HasDataSet);
        Assert.Equal("MOVER", request.MoveOriginatorAeTitle);
        Assert.Equal((ushort)3, request.MoveOriginatorMessageId);
    }

    [Fact]
    public async Task MoveResponse_CarriesSubOperationCounts()
    {
        var request = DimseCommands.MoveRequest(5, "1.2.840.10008.5.1.4.1.2.2.2", "RAD_WS1");
        var response = DimseCommands.Response(request, DimseStatus.Pending);
        response.SubOperations = new DimseSubOperations(8, 2, 1, 0);
        var decoded = await DimseCommandCodec.DecodeAsync(await DimseCommandCodec.EncodeAsync(response));
        Assert.Equal(new DimseSubOperations(8, 2, 1, 0), decoded.SubOperations);
        Assert.Equal("RAD_WS1", request.MoveDestination);
        Assert.True(decoded.Status.IsPending);
    }

    [Fact]
    public async Task CancelRequest_NamesTheMessageBeingCancelled()
    {
        var decoded = await DimseCommandCodec.DecodeAsync(await DimseCommandCodec.EncodeAsync(DimseCommands.CancelRequest(9)));
        Assert.Equal(DimseCommandField.CCancelRq, decoded.CommandField);
        Assert.Equal(9, decoded.MessageIdBeingRespondedTo);
        Assert.Null(decoded.AffectedSopClassUid);
    }

    [Fact]
    public async Task Decode_ElementOutsideGroup0000_IsRefused()
    {
        var bytes = Convert.FromHexString(EchoRequestHex + "08001800" + "04000000" + "312E3200");
        var ex = await Assert.ThrowsAsync<DicomFormatException>(() => DimseCommandCodec.DecodeAsync(bytes));
        Assert.Equal(DicomTags.SOPInstanceUID, ex.Tag);
    }

    [Fact]
    public async Task Decode_NoCommandField_IsRefused()
    {
        var bytes = Convert.FromHexString("00000000" + "04000000" + "0A000000" + "00001001" + "02000000" + "0700");
        await Assert.ThrowsAsync<DicomFormatException>(() => DimseCommandCodec.DecodeAsync(bytes));
    }

    [Fact]
    public void ErrorComment_IsCutToSixtyFourCharacters()
    {
        var response = DimseCommands.Response(DimseCommands.EchoRequest(1), DimseStatus.CannotUnderstand, errorComment: new string('x', 100));
        Assert.Equal(64, response.ErrorComment!.Length);
    }

    [Theory]
    [InlineData(0x0000, DimseStatusCategory.Success)]
    [InlineData(0xFF00, DimseStatusCategory.Pending)]
    [InlineData(0xFF01, DimseStatusCategory.Pending)]
    [InlineData(0xFE00, DimseStatusCategory.Cancel)]
    [InlineData(0xB000, DimseStatusCategory.Warning)]
    [InlineData(0xB007, DimseStatusCategory.Warning)]
    [InlineData(0x0001, DimseStatusCategory.Warning)]
    [InlineData(0xA700, DimseStatusCategory.Failure)]
    [InlineData(0xA801, DimseStatusCategory.Failure)]
    [InlineData(0xC123, DimseStatusCategory.Failure)]
    [InlineData(0x0122, DimseStatusCategory.Failure)]
    public void Status_Category_FollowsPS37AnnexC(int code, DimseStatusCategory category) =>
        Assert.Equal(category, new DimseStatus((ushort)code).Category);

    [Fact]
    public void Status_Describe_DependsOnTheOperation()
    {
        Assert.Contains("coercion", DimseStatus.CoercionOfDataElements.Describe(DimseCommandField.CStoreRsp));
        Assert.Contains("sub-operations complete", new DimseStatus(0xB000).Describe(DimseCommandField.CMoveRsp));
        Assert.Contains("move destination unknown", DimseStatus.MoveDestinationUnknown.Describe(DimseCommandField.CMoveRsp));
        Assert.Contains("cannot understand", new DimseStatus(0xC001).Describe(DimseCommandField.CStoreRsp));
    }
}
