using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// A PACS per test class, holding <see cref="PacsStudies"/>. The studies go in on the first test's request, by
/// DCMTK's storescu or by PacsLab's own SCU, so a test whose peer is missing skips before anything is sent; later
/// tests of the class reuse the archive (they only read it).
/// </summary>
public sealed class StoredStudiesFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly TempDirectory _files = new("pacslab-pacsinterop-files");
    private PacsUnderTest? _pacs;
    private ProcessResult? _storescu;
    private bool _stored;

    public PacsStudies Studies { get; } = new();

    public PacsUnderTest Pacs => _pacs ?? throw new InvalidOperationException("The PACS has not started.");

    public async Task InitializeAsync() => _pacs = await PacsUnderTest.StartAsync();

    /// <summary>Sends every instance with one <c>storescu</c> run (calling AE STORESCU) unless done already; returns its result.</summary>
    public async Task<ProcessResult> StoreWithStorescuAsync(string storescu)
    {
        await _lock.WaitAsync();
        try
        {
            if (_storescu is not null) return _storescu;
            if (_stored) throw new InvalidOperationException("The studies were already stored by another SCU.");
            var paths = await Studies.SaveAsync(_files.Path);
            var result = await DcmtkNetworkTools.RunAsync(storescu,
                ["-v", "-aet", "STORESCU", "-aec", PacsUnderTest.AeTitle, "127.0.0.1", Pacs.PortText, .. paths]);
            Assert.True(result.Succeeded, result.Describe());
            _stored = true;
            return _storescu = result;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Sends every instance with PacsLab's SCU (calling AE WORKSTATION), for tests whose only peer is not DCMTK.</summary>
    public async Task StoreWithPacsLabScuAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (_stored) return;
            var contexts = DicomClient.Proposals(
            [
                (NetworkSamples.CtImageStorage, [Dicom.DicomTransferSyntax.ExplicitVRLittleEndian.Uid]),
                (PacsStudies.MrImageStorage, [Dicom.DicomTransferSyntax.ExplicitVRLittleEndian.Uid]),
            ]);
            await using var client = await DicomClient.ConnectAsync(Pacs.Client(), contexts);
            foreach (var file in Studies.Instances)
            {
                var response = await client.StoreAsync(file);
                Assert.Equal(DimseStatus.Success, response.Status);
            }
            await client.ReleaseAsync();
            _stored = true;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (_pacs is not null) await _pacs.DisposeAsync();
        _files.Dispose();
        _lock.Dispose();
    }
}
