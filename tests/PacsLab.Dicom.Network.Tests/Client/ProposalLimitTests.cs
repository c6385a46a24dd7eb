using PacsLab.Dicom.Network.Client;

namespace PacsLab.Dicom.Network.Tests.Client;

public sealed class ProposalLimitTests
{
    [Fact]
    public void Proposals_128SopClasses_UseOddIdsUpTo255()
    {
        var proposals = DicomClient.Proposals(Enumerable.Range(1, 128).Select(i => ($"1.2.3.{i}", (IReadOnlyList<string>)["1.2.840.10008.1.2"])));

        Assert.Equal(255, proposals[^1].Id);
        Assert.Equal(128, proposals.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Proposals_MoreThan128_IsRefusedInsteadOfWrappingIds()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            DicomClient.Proposals(Enumerable.Range(1, 129).Select(i => ($"1.2.3.{i}", (IReadOnlyList<string>)["1.2.840.10008.1.2"]))));

        Assert.Contains("at most 128", ex.Message);
    }
}
