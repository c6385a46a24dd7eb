using System.Text.RegularExpressions;

namespace PacsLab.Dicom.Tests.Uids;

public class DicomUidGeneratorTests
{
    private static readonly Regex UuidUidForm = new(@"^2\.25\.(0|[1-9][0-9]*)$");

    [Fact]
    public void Generate_ReturnsValid225UidOfAtMost64Characters()
    {
        var uid = DicomUidGenerator.Generate();

        Assert.Matches(UuidUidForm, uid);
        Assert.True(uid.Length <= 64, uid);
        Assert.True(DicomUid.IsValid(uid), uid);
    }

    [Fact]
    public void Generate_TenThousandCalls_AreAllDifferent()
    {
        var uids = new HashSet<string>();
        for (var i = 0; i < 10_000; i++) Assert.True(uids.Add(DicomUidGenerator.Generate()));
    }

    // PS3.5 B.2 / ITU-T X.667 example; the integer is Python's uuid.UUID('f81d4fae-...').int.
    [Fact]
    public void FromUuid_StandardExample_ReadsUuidAsBigEndianInteger()
    {
        var uid = DicomUidGenerator.FromUuid(new Guid("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"));

        Assert.Equal("2.25.329800735698586629295641978511506172918", uid);
    }

    [Theory]
    [InlineData("00112233-4455-6677-8899-aabbccddeeff", "2.25.88962710306127702866241727433142015")]
    [InlineData("00000000-0000-0000-0000-000000000000", "2.25.0")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff", "2.25.340282366920938463463374607431768211455")]
    public void FromUuid_KnownUuids_MatchPythonUuidInt(string uuid, string expected)
    {
        var uid = DicomUidGenerator.FromUuid(new Guid(uuid));

        Assert.Equal(expected, uid);
        Assert.True(DicomUid.IsValid(uid));
    }

    // Expected values from Python: uuid.uuid5(namespace, name).int
    [Theory]
    [InlineData("CT_DEFAULT/study/1", "2.25.10584677160574875657870595643774466850")]
    [InlineData("Müller^Jürgen", "2.25.291526228565575081078708638412458019495")]
    public void FromName_PacsLabNamespace_MatchesUuidVersion5(string name, string expected)
    {
        Assert.Equal(expected, DicomUidGenerator.FromName(name));
    }

    [Fact]
    public void FromName_OidNamespace_MatchesPythonUuid5()
    {
        var oidNamespace = new Guid("6ba7b812-9dad-11d1-80b4-00c04fd430c8"); // RFC 4122 Appendix C, NameSpace_OID

        var uuid = DicomUidGenerator.NameBasedUuid(oidNamespace, "1.2.840.10008");

        Assert.Equal(new Guid("b6c90c18-c6cf-5c26-b55f-f29abac4f2e8"), uuid);
        Assert.Equal("2.25.242963392253340048145265386390284464872", DicomUidGenerator.FromName(oidNamespace, "1.2.840.10008"));
    }

    [Fact]
    public void FromName_SameName_GivesSameUidAndOtherNameGivesAnother()
    {
        var first = DicomUidGenerator.FromName("study-42");

        Assert.Equal(first, DicomUidGenerator.FromName("study-42"));
        Assert.NotEqual(first, DicomUidGenerator.FromName("study-43"));
        Assert.True(DicomUid.IsValid(first));
    }

    [Fact]
    public void NameBasedUuid_SetsVersion5AndRfc4122Variant()
    {
        var uuid = DicomUidGenerator.NameBasedUuid(DicomUidGenerator.PacsLabNamespace, "anything");

        var text = uuid.ToString("D");
        Assert.Equal('5', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
