using PacsLab.Dicom.Network.Pdu;
using static PacsLab.Dicom.Network.Tests.Pdu.PduHexBuilder;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class AAssociateAcMalformedTests
{
    [Fact]
    public void Decode_ResultCodeFive_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateAc(contexts: Item("21", "01000500" + UidItem("40", ImplicitLittleEndian))));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("result/reason 5", error.Message);
    }

    [Fact]
    public void Decode_AcceptedContextWithoutTransferSyntax_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateAc(contexts: Item("21", "01000000")));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("accepted but names no transfer syntax", error.Message);
    }

    [Fact]
    public void Decode_RejectedContextWithoutTransferSyntax_IsAccepted()
    {
        var ac = PduBytes.Decode<AAssociateAc>(AssociateAc(contexts: Item("21", "01000300")));
        Assert.Equal(new PresentationContextResult(1, PresentationContextResultCode.AbstractSyntaxNotSupported, ""), Assert.Single(ac.PresentationContexts));
    }

    [Fact]
    public void Decode_RqContextItemInAc_ThrowsUnexpectedParameter()
    {
        var error = PduBytes.DecodeFails(AssociateAc(contexts: VerificationContext()));
        Assert.Equal(AbortReason.UnexpectedPduParameter, error.AbortReason);
        Assert.Equal("presentation context item (20H)", error.Item);
        Assert.Contains("this item belongs in an A-ASSOCIATE-RQ, not in an A-ASSOCIATE-AC", error.Message);
    }

    [Fact]
    public void Decode_AcWithoutPresentationContext_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateAc(contexts: ""));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("no presentation context", error.Message);
    }
}
