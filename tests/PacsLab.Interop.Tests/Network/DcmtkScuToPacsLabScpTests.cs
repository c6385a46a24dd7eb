using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Network;

/// <summary>DCMTK's echoscu and storescu as clients of the PacsLab SCP (<see cref="ScpHarness"/>) on 127.0.0.1.</summary>
public sealed class DcmtkScuToPacsLabScpTests(JpegBaselineFile jpeg) : IClassFixture<JpegBaselineFile>, IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-netinterop");

    [SkippableFact]
    public async Task Echo_EchoscuToPacsLabScp_SucceedsAndIsLogged()
    {
        var echoscu = DcmtkNetworkTools.EchoScu();
        await using var scp = new ScpHarness();

        var result = await DcmtkNetworkTools.RunAsync(echoscu, "-aet", "ECHO_TEST", "-aec", ScpHarness.AeTitle, "127.0.0.1", Port(scp));

        Assert.True(result.Succeeded, result.Describe());
        var record = await scp.NextRecordAsync();
        Assert.True(record.Accepted, record.RejectReason);
        Assert.Equal("ECHO_TEST", record.CallingAeTitle);
        Assert.Equal(ScpHarness.AeTitle, record.CalledAeTitle);
        Assert.Equal(AssociationOutcomeKind.Released, record.Outcome.Kind);
        var echo = Assert.Single(record.Operations);
        Assert.Equal(DimseCommandField.CEchoRq, echo.Operation);
        Assert.Equal(DimseStatus.Success, echo.Status);
    }

    public static TheoryData<string, string> UncompressedSyntaxes => new()
    {
        { DicomTransferSyntax.ImplicitVRLittleEndian.Uid, "-xi" },
        { DicomTransferSyntax.ExplicitVRLittleEndian.Uid, "-xe" },
        { DicomTransferSyntax.ExplicitVRBigEndian.Uid, "-xb" },
        { DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid, "-xd" },
    };

    /// <summary>
    /// The rich data set (every VR, sequences, a private block, Latin-1 text) in each uncompressed syntax, sent by
    /// storescu with the proposal that puts that syntax first: the harness must store the values PacsLab wrote.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(UncompressedSyntaxes))]
    public async Task Store_StorescuInUncompressedSyntax_StoredWithSameValues(string syntaxUid, string proposal)
    {
        var storescu = DcmtkNetworkTools.StoreScu();
        var syntax = DicomTransferSyntax.FromUid(syntaxUid);
        var original = PacsLabFiles.Create(syntaxUid, RichDataset.Latin1);
        var path = _directory.File("rich.dcm");
        await original.SaveAsync(path);
        await using var scp = new ScpHarness();

        var result = await DcmtkNetworkTools.RunAsync(storescu, proposal, "-aet", "STORE_TEST", "-aec", ScpHarness.AeTitle, "127.0.0.1", Port(scp), path);

        Assert.True(result.Succeeded, result.Describe());
        var record = await scp.NextRecordAsync();
        var store = Assert.Single(record.Operations);
        Assert.Equal(DimseCommandField.CStoreRq, store.Operation);
        Assert.Equal(DimseStatus.Success, store.Status);
        Assert.Equal(RichDataset.SopInstanceUid, store.SopInstanceUid);
        var stored = await DicomFile.OpenAsync(Assert.Single(scp.StoredFiles));
        // Private elements travel as UN once any implicit VR leg (the file or the network) has stripped their VR.
        var implicitVR = syntax == DicomTransferSyntax.ImplicitVRLittleEndian || stored.TransferSyntax == DicomTransferSyntax.ImplicitVRLittleEndian;
        NormalizedComparison.AssertSame(
            PacsLabValues.Normalize(stored.Dataset, implicitVR: false),
            PacsLabValues.Normalize(original.Dataset, implicitVR),
            $"the {syntax.Name} file as the harness stored it ({stored.TransferSyntax.Name} on the network) vs as written",
            peerName: "written");
    }

    /// <summary>storescu proposes each syntax in its own context, so the file's own syntax is accepted and sent as is.</summary>
    [SkippableTheory]
    [MemberData(nameof(UncompressedSyntaxes))]
    public async Task Store_StorescuInUncompressedSyntax_TravelsInThatSyntax(string syntaxUid, string proposal)
    {
        var storescu = DcmtkNetworkTools.StoreScu();
        var dataset = NetworkSamples.Ct();
        var path = await NetworkSamples.SaveAsync(dataset, DicomTransferSyntax.FromUid(syntaxUid), _directory.Path);
        await using var scp = new ScpHarness();

        var result = await DcmtkNetworkTools.RunAsync(storescu, proposal, "-aec", ScpHarness.AeTitle, "127.0.0.1", Port(scp), path);

        Assert.True(result.Succeeded, result.Describe());
        var stored = await DicomFile.OpenAsync(Assert.Single(scp.StoredFiles));
        Assert.Equal(syntaxUid, stored.TransferSyntax.Uid);
        Assert.Equal(dataset.GetString(DicomTags.SOPInstanceUID), stored.Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal("Interop^Store", stored.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal(NetworkSamples.PixelBytes(dataset), NetworkSamples.PixelBytes(stored.Dataset));
    }

    [SkippableFact]
    public async Task Store_StorescuJpegBaseline_StoredWithIdenticalFragments()
    {
        var storescu = DcmtkNetworkTools.StoreScu();
        var path = await jpeg.GetAsync();
        var original = await DicomFile.OpenAsync(path);
        Assert.Equal(DicomTransferSyntax.JpegBaseline, original.TransferSyntax);
        await using var scp = new ScpHarness();

        var result = await DcmtkNetworkTools.RunAsync(storescu, "-xy", "-aec", ScpHarness.AeTitle, "127.0.0.1", Port(scp), path);

        Assert.True(result.Succeeded, result.Describe());
        var stored = await DicomFile.OpenAsync(Assert.Single(scp.StoredFiles));
        Assert.Equal(DicomTransferSyntax.JpegBaseline, stored.TransferSyntax);
        var sent = Assert.IsType<DicomFragmentSequence>(original.Dataset[DicomTags.PixelData]);
        var received = Assert.IsType<DicomFragmentSequence>(stored.Dataset[DicomTags.PixelData]);
        Assert.Equal(sent.OffsetTable.ToArray(), received.OffsetTable.ToArray());
        Assert.Equal(sent.Fragments.Count, received.Fragments.Count);
        for (var i = 0; i < sent.Fragments.Count; i++)
            Assert.True(sent.Fragments[i].Span.SequenceEqual(received.Fragments[i].Span), $"fragment {i} differs after the transfer");
        NormalizedComparison.AssertSame(PacsLabValues.Normalize(stored.Dataset, implicitVR: false),
            PacsLabValues.Normalize(original.Dataset, implicitVR: false), "the JPEG file as stored vs as DCMTK wrote it", peerName: "dcmcjpeg");
    }

    [SkippableFact]
    public async Task Echo_EchoscuWithUnknownCallingAe_RejectedAndSaysWhy()
    {
        var echoscu = DcmtkNetworkTools.EchoScu();
        await using var scp = new ScpHarness(ScpHarness.AcceptAll(checkCallingAe: true, new KnownPeer("KNOWN")));

        var result = await DcmtkNetworkTools.RunAsync(echoscu, "-aet", "STRANGER", "-aec", ScpHarness.AeTitle, "127.0.0.1", Port(scp));

        Assert.False(result.Succeeded, $"echoscu should have failed:\n{result.Describe()}");
        var output = result.AllOutput();
        Assert.Contains("Association Rejected", output);
        Assert.Contains("Calling AE Title Not Recognized", output);
        var record = await scp.NextRecordAsync();
        Assert.False(record.Accepted);
        Assert.Equal("STRANGER", record.CallingAeTitle);
        Assert.Equal(AssociationOutcomeKind.Rejected, record.Outcome.Kind);
        Assert.Contains("'STRANGER' is not in the AE table", record.RejectReason);
        Assert.Empty(record.Operations);
    }

    public void Dispose() => _directory.Dispose();

    private static string Port(ScpHarness scp) => scp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
