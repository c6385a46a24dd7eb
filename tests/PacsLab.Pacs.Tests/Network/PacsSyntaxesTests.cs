using PacsLab.Pacs.Network;

namespace PacsLab.Pacs.Tests.Network;

public sealed class PacsSyntaxesTests
{
    [Theory]
    [InlineData("1.2.840.10008.5.1.4.1.1.2", "CT Image Storage")]
    [InlineData("1.2.840.10008.5.1.4.1.1.1.1", "Digital X-Ray Image Storage - For Presentation")]
    [InlineData("1.2.840.10008.5.1.4.1.1.1.2", "Digital Mammography X-Ray Image Storage - For Presentation")]
    [InlineData("1.2.840.10008.5.1.4.1.1.1.3", "Digital Intra-Oral X-Ray Image Storage - For Presentation")]
    [InlineData("1.2.840.10008.5.1.4.1.1.6", "Ultrasound Image Storage (Retired)")]
    public void StorageSopClasses_IncludeWhatModalitiesSend(string uid, string name)
    {
        Assert.True(PacsSyntaxes.StorageSopClasses().Contains(uid), $"{name} ({uid}) is not accepted");
    }

    [Theory]
    [InlineData("1.2.840.10008.1.3.10")]
    [InlineData("1.2.840.10008.4.2")]
    [InlineData("1.2.840.10008.1.20.1")]
    [InlineData("1.2.840.10008.1.20.2")]
    [InlineData("1.2.840.10008.5.1.4.1.2.2.1")]
    public void StorageSopClasses_LeaveOutWhatIsNotAnInstanceToStore(string uid)
    {
        Assert.DoesNotContain(uid, PacsSyntaxes.StorageSopClasses());
    }
}
