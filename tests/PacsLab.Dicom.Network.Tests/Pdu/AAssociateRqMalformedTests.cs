using PacsLab.Dicom.Network.Pdu;
using static PacsLab.Dicom.Network.Tests.Pdu.PduHexBuilder;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class AAssociateRqMalformedTests
{
    // In every AssociateRq(...) the first item, the application context (25 bytes), starts at offset 74,
    // so the first presentation context item starts at offset 99 and its ID is at offset 103.

    [Theory]
    [InlineData(2)]
    [InlineData(254)]
    public void Decode_EvenPresentationContextId_ThrowsInvalidParameter(byte id)
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: VerificationContext(id)));

        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal("presentation context item (20H)", error.Item);
        Assert.Equal(103, error.Offset);
        Assert.Contains($"presentation context ID is {id}; PS3.8 9.3.2.2 allows only odd numbers", error.Message);
    }

    [Fact]
    public void Decode_ZeroPresentationContextId_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: VerificationContext(0)));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("presentation context ID is 0", error.Message);
    }

    [Fact]
    public void Decode_NoPresentationContext_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: ""));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("no presentation context", error.Message);
    }

    [Fact]
    public void Decode_129PresentationContexts_ThrowsInvalidParameter()
    {
        var contexts = string.Concat(Enumerable.Range(0, 128).Select(i => VerificationContext((byte)(2 * i + 1)))) + VerificationContext(1);
        var error = PduBytes.DecodeFails(AssociateRq(contexts: contexts));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("more than 128 presentation contexts", error.Message);
    }

    [Fact]
    public void Decode_128PresentationContexts_IsAccepted()
    {
        var contexts = string.Concat(Enumerable.Range(0, 128).Select(i => VerificationContext((byte)(2 * i + 1))));
        Assert.Equal(128, PduBytes.Decode<AAssociateRq>(AssociateRq(contexts: contexts)).PresentationContexts.Count);
    }

    [Fact]
    public void Decode_DuplicatePresentationContextId_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: VerificationContext(3) + VerificationContext(3)));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("ID 3 appears twice", error.Message);
    }

    [Fact]
    public void Decode_CalledAeOnlySpaces_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(called: ""));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal(10, error.Offset);
        Assert.Contains("called AE title is empty", error.Message);
    }

    [Fact]
    public void Decode_CallingAeOnlySpaces_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(calling: "                "));
        Assert.Equal(26, error.Offset);
        Assert.Contains("calling AE title is empty", error.Message);
    }

    [Fact]
    public void Decode_ItemLengthPastPduEnd_ThrowsInvalidParameter()
    {
        var rq = AssociateRq(userInformation: "5000FFFF" + "51000004");
        var error = PduBytes.DecodeFails(rq);

        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal(PduType.AAssociateRq, error.PduType);
        Assert.Equal("user information item (50H)", error.Item);
        Assert.Equal(rq.Length / 2 - 8, error.Offset);
        Assert.Equal(
            $"Malformed A-ASSOCIATE-RQ, user information item (50H): the item length 65535 runs past the end of the PDU (4 bytes left) " +
            $"(at byte offset {rq.Length / 2 - 8} of the PDU). Answer with A-ABORT reason 6: a PDU held a malformed or out-of-range value (invalid-PDU-parameter-value).",
            error.Message);
    }

    [Fact]
    public void Decode_SubItemLengthPastItemEnd_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: Item("20", "01000000" + "30000040" + Ascii(Verification))));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal("abstract syntax sub-item (30H)", error.Item);
        Assert.Equal(107, error.Offset);
        Assert.Contains("item length 64 runs past the end of the presentation context item (20H) (17 bytes left)", error.Message);
    }

    [Fact]
    public void Decode_ItemHeaderCutShort_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(userInformation: "5000"));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("needs 2 bytes but only 0 are left in the PDU", error.Message);
    }

    [Fact]
    public void Decode_BodyShorterThanFixedFields_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(WholePdu("01", "0001" + "0000" + AeField("ANY-SCP")));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("the PDU body is 20 bytes, shorter than its 68 bytes of fixed fields", error.Message);
    }

    [Fact]
    public void Decode_NoApplicationContext_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(applicationContext: ""));
        Assert.Contains("no application context name", error.Message);
    }

    [Fact]
    public void Decode_SecondApplicationContext_ThrowsUnexpectedParameter()
    {
        var twice = UidItem("10", DicomApplicationContext.Name) + UidItem("10", DicomApplicationContext.Name);
        Assert.Equal(AbortReason.UnexpectedPduParameter, PduBytes.DecodeFails(AssociateRq(applicationContext: twice)).AbortReason);
    }

    [Fact]
    public void Decode_AcContextItemInRq_ThrowsUnexpectedParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: VerificationContext() + Item("21", "03000000" + UidItem("40", ImplicitLittleEndian))));
        Assert.Equal(AbortReason.UnexpectedPduParameter, error.AbortReason);
        Assert.Equal("presentation context item (21H)", error.Item);
    }

    [Fact]
    public void Decode_ContextWithoutAbstractSyntax_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: Item("20", "01000000" + UidItem("40", ImplicitLittleEndian))));
        Assert.Contains("presentation context 1 has no abstract syntax sub-item (30H)", error.Message);
    }

    [Fact]
    public void Decode_ContextWithoutTransferSyntax_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: Item("20", "01000000" + UidItem("30", Verification))));
        Assert.Contains("presentation context 1 proposes no transfer syntax", error.Message);
    }

    [Fact]
    public void Decode_EmptyAbstractSyntax_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(contexts: Item("20", "01000000" + Item("30", "") + UidItem("40", ImplicitLittleEndian))));
        Assert.Contains("presentation context 1 has an empty abstract syntax", error.Message);
    }
}
