using System.Runtime.CompilerServices;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Loopback;

/// <summary>
/// The idle timeout is about a silent association: a long answer the SCP is still sending is not silence. The answer
/// lasts 2.4 times the timeout with a match every 0.4 s, so a loaded machine has 1.6 s of slack per gap.
/// </summary>
public class IdleTimeoutTests
{
    private sealed class SlowFind(TimeSpan pause, int matches) : ICFindHandler
    {
        public async IAsyncEnumerable<DicomDataset> FindAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = 0; i < matches; i++)
            {
                await Task.Delay(pause, cancellationToken);
                yield return new DicomDataset().AddOrUpdate(DicomTags.PatientID, DicomVR.LO, $"P{i}");
            }
        }
    }

    [Fact]
    public async Task Find_LongerThanIdleTimeoutWhileScpKeepsAnswering_IsNotAborted()
    {
        using var folder = new TempDirectory();
        var options = new AssociationOptions { IdleTimeout = TimeSpan.FromSeconds(2), SpoolDirectory = folder.Path };
        await using var server = new DicomServer(new DicomServerOptions { Association = options }, ScpHarness.AcceptAll(),
            new DimseServiceHandlers { Find = new SlowFind(TimeSpan.FromMilliseconds(400), 12) });
        server.Start();
        const string studyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
        await using var client = await DicomClient.ConnectAsync(
            new DicomClientOptions { Host = "127.0.0.1", Port = server.LocalEndPoint.Port, CalledAeTitle = ScpHarness.AeTitle },
            DicomClient.Proposals([(studyRootFind, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid])]));

        var count = 0;
        await foreach (var _ in client.FindAsync(studyRootFind, new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x0052), DicomVR.CS, "STUDY"))) count++;

        Assert.Equal(12, count);
        await client.ReleaseAsync();
    }
}
