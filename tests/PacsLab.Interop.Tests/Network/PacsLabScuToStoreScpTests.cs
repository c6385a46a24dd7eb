using System.Globalization;
using System.Text.RegularExpressions;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Interop.Tests.Network;

/// <summary>PacsLab's SCU (<see cref="DicomClient"/>) against DCMTK's storescp on 127.0.0.1.</summary>
public sealed partial class PacsLabScuToStoreScpTests
{
    private static readonly DicomTransferSyntax[] SentSyntaxes =
        [DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian, DicomTransferSyntax.ExplicitVRBigEndian];

    /// <summary>Verification, then CT once per syntax, each alone in its context so storescp cannot pick another.</summary>
    private static IReadOnlyList<PresentationContextProposal> EchoAndCtPerSyntax() => DicomClient.Proposals(
        SentSyntaxes.Select(s => (NetworkSamples.CtImageStorage, (IReadOnlyList<string>)[s.Uid]))
            .Prepend((DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid])));

    [SkippableFact]
    public async Task Echo_PacsLabScuToStorescp_Succeeds()
    {
        await using var storescp = await StoreScpPeer.StartAsync();
        await using var client = await DicomClient.ConnectAsync(storescp.ClientOptions(), EchoAndCtPerSyntax());

        var response = await client.EchoAsync();
        await client.ReleaseAsync();

        Assert.Equal(DimseStatus.Success, response.Status);
        Assert.Equal(DimseCommandField.CEchoRsp, response.CommandField);
        Assert.Equal(AssociationOutcomeKind.Released, (await client.Association.Completion).Kind);
    }

    [SkippableFact]
    public async Task Associate_CtInThreeSyntaxes_StorescpAcceptsEachContext()
    {
        await using var storescp = await StoreScpPeer.StartAsync();
        await using var client = await DicomClient.ConnectAsync(storescp.ClientOptions(), EchoAndCtPerSyntax());

        var accepted = client.Association.AcceptedContexts.Where(c => c.AbstractSyntax == NetworkSamples.CtImageStorage).Select(c => c.TransferSyntax.Uid).ToList();
        Assert.Equal(SentSyntaxes.Select(s => s.Uid).Order(), accepted.Order());
        await client.ReleaseAsync();
    }

    [SkippableFact]
    public async Task Store_PacsLabScuToStorescp_FilesReadBackWithSameValues()
    {
        var dcmdump = Peers.DcmDump();
        await using var storescp = await StoreScpPeer.StartAsync();
        var sent = SentSyntaxes.Select((s, i) => (Syntax: s, Seed: i, File: DicomFile.Create(NetworkSamples.Ct($"Interop^Store{i}", seed: i), s))).ToList();

        await using (var client = await DicomClient.ConnectAsync(storescp.ClientOptions(), EchoAndCtPerSyntax()))
        {
            foreach (var (syntax, _, file) in sent)
            {
                var response = await client.StoreAsync(file);
                Assert.True(response.Status == DimseStatus.Success, $"storescp answered {response.Status} for the {syntax.Name} file:\n{storescp.Process.Describe()}");
                Assert.Equal(file.Dataset.GetString(DicomTags.SOPInstanceUID), response.AffectedSopInstanceUid);
            }
            await client.ReleaseAsync();
        }

        var written = storescp.ReceivedFiles();
        Assert.True(written.Count == sent.Count, $"storescp wrote {written.Count} files, expected {sent.Count}:\n{storescp.Process.Describe()}");
        foreach (var (syntax, seed, file) in sent)
        {
            var uid = file.Dataset.GetString(DicomTags.SOPInstanceUID)!;
            var path = Assert.Single(written, p => Path.GetFileName(p).EndsWith(uid, StringComparison.Ordinal));
            var stored = await DicomFile.OpenAsync(path);
            Assert.Equal(syntax, stored.TransferSyntax);
            NormalizedComparison.AssertSame(PacsLabValues.Normalize(stored.Dataset, implicitVR: false),
                PacsLabValues.Normalize(file.Dataset, implicitVR: false), $"the {syntax.Name} file as storescp wrote it vs as sent", peerName: "sent");
            Assert.Equal(NetworkSamples.PixelBytes(file.Dataset), NetworkSamples.PixelBytes(stored.Dataset));

            var dump = await Peers.RunCheckedAsync(dcmdump, "+L", path);
            Assert.Contains($"(0010,0010) PN [{file.Dataset.GetString(DicomTags.PatientName)}]", dump.StandardOutput);
            Assert.Contains($"(0008,0018) UI [{uid}]", dump.StandardOutput);
            Assert.Equal(NetworkSamples.Pixels(8, seed), DumpedPixelWords(dump.StandardOutput));
        }
    }

    /// <summary>storescp does not check the called AE title, but <c>--refuse</c> rejects every association: the exception must say so plainly.</summary>
    [SkippableFact]
    public async Task Associate_StorescpRefuses_ExceptionSaysRejectedAndWhy()
    {
        await using var storescp = await StoreScpPeer.StartAsync("--refuse");

        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(storescp.ClientOptions(), EchoAndCtPerSyntax()));

        Assert.Contains("Association rejected permanently", ex.Message);
        Assert.Contains("the called application", ex.Message);
        Assert.Contains("no reason given", ex.Message);
        Assert.Contains("source 1, reason 1", ex.Message);
    }

    /// <summary>The 16-bit words dcmdump +L prints for (7FE0,0010) OW, as numbers (so byte order does not matter).</summary>
    private static ushort[] DumpedPixelWords(string dump)
    {
        var match = PixelDataLine().Match(dump);
        Assert.True(match.Success, $"dcmdump printed no OW pixel data:\n{dump}");
        return match.Groups[1].Value.Split('\\').Select(w => ushort.Parse(w, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
    }

    [GeneratedRegex(@"^\(7fe0,0010\) OW ([0-9a-f\\]+)", RegexOptions.Multiline)]
    private static partial Regex PixelDataLine();
}
