using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class GetScuAssociateRqTests
{
    // Fixtures.GetScuAssociateRq: captured from DCMTK 3.6.7 getscu,
    // 17,435 bytes: Patient Root GET plus 120 storage SOP classes in contexts 1..241, and in the user information
    // item (50H) one SCP/SCU role selection sub-item (54H) per storage SOP class, SCU role 0, SCP role 1, e.g.
    //   54 00 001D | 001B "1.2.840.10008.5.1.4.1.1.9.1.3" | 00 (SCU role) | 01 (SCP role)

    [Fact]
    public void Decode_GetScuRq_Reads121ContextsAndTheirRoleSelections()
    {
        var rq = PduBytes.Decode<AAssociateRq>(Fixtures.GetScuAssociateRq.Hex);

        Assert.Equal("GETSCU", rq.CallingAeTitle);
        Assert.Equal(121, rq.PresentationContexts.Count);
        Assert.Equal(Enumerable.Range(0, 121).Select(i => (byte)(2 * i + 1)), rq.PresentationContexts.Select(c => c.Id));
        Assert.Equal("1.2.840.10008.5.1.4.1.2.1.3", rq.PresentationContexts[0].AbstractSyntax); // Patient Root GET
        var roles = rq.UserInformation.RoleSelections;
        Assert.Equal(120, roles.Count);
        Assert.All(roles, r => Assert.False(r.ScuRole));
        Assert.All(roles, r => Assert.True(r.ScpRole));
        Assert.Equal("1.2.840.10008.5.1.4.1.1.9.1.3", roles[0].SopClassUid);
        Assert.Contains(roles, r => r.SopClassUid == "1.2.840.10008.5.1.4.1.1.2"); // CT Image Storage
        Assert.Equal(
            rq.PresentationContexts.Skip(1).Select(c => c.AbstractSyntax).Distinct().Order(),
            roles.Select(r => r.SopClassUid).Order());
    }

    [Fact]
    public void Encode_DecodedGetScuRq_GivesTheCapturedBytes()
    {
        var hex = Fixtures.GetScuAssociateRq.Hex;
        var rq = PduBytes.Decode<AAssociateRq>(hex);
        Assert.Equal(PduBytes.ClearDcmtkReservedBytes(hex), PduBytes.EncodeHex(rq));
    }
}
