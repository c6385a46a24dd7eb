using System.Globalization;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Network;

/// <summary>Many associations at once into the PacsLab SCP: from PacsLab's own SCU and from parallel storescu processes.</summary>
public sealed class ConcurrentAssociationTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-concurrent");

    [Fact]
    public async Task Store_FiftyConcurrentPacsLabAssociations_NothingLost()
    {
        const int associations = 50;
        const int filesEach = 20;
        await using var scp = new ScpHarness(maxAssociations: associations + 10);
        var batches = Enumerable.Range(0, associations)
            .Select(a => Enumerable.Range(0, filesEach).Select(f => DicomFile.Create(NetworkSamples.Ct($"Batch{a}^File{f}", size: 4, seed: f), DicomTransferSyntax.ExplicitVRLittleEndian)).ToList())
            .ToList();
        var proposals = DicomClient.Proposals([(NetworkSamples.CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])]);
        var options = new DicomClientOptions { Host = "127.0.0.1", Port = scp.Port, CalledAeTitle = ScpHarness.AeTitle };

        await Task.WhenAll(batches.Select((batch, a) => Task.Run(async () =>
        {
            await using var client = await DicomClient.ConnectAsync(options with { CallingAeTitle = $"SCU_{a:D2}" }, proposals);
            foreach (var file in batch)
            {
                var response = await client.StoreAsync(file);
                Assert.Equal(DimseStatus.Success, response.Status);
            }
            await client.ReleaseAsync();
        })));

        var records = await ReadRecordsAsync(scp, associations);
        Assert.All(records, r =>
        {
            Assert.True(r.Accepted, r.RejectReason);
            Assert.Equal(AssociationOutcomeKind.Released, r.Outcome.Kind);
            Assert.Equal(filesEach, r.Operations.Count(o => o.Operation == DimseCommandField.CStoreRq && o.Status == DimseStatus.Success));
        });
        Assert.Equal(associations, records.Select(r => r.CallingAeTitle).Distinct().Count());
        var expected = batches.SelectMany(b => b).Select(f => f.Dataset.GetString(DicomTags.SOPInstanceUID)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, await StoredUidsAsync(scp));
    }

    /// <summary>Ten storescu processes, each sending a folder of five files, at the harness's default limit of ten associations.</summary>
    [SkippableFact]
    public async Task Store_TenConcurrentStorescuProcesses_NothingLost()
    {
        const int processes = 10;
        const int filesEach = 5;
        var storescu = DcmtkNetworkTools.StoreScu();
        await using var scp = new ScpHarness(maxAssociations: processes);
        var expected = new List<string?>();
        var folders = new List<string>();
        for (var p = 0; p < processes; p++)
        {
            var folder = Directory.CreateDirectory(_directory.File($"scu{p}")).FullName;
            folders.Add(folder);
            for (var f = 0; f < filesEach; f++)
            {
                var dataset = NetworkSamples.Ct($"Process{p}^File{f}", size: 4, seed: f);
                expected.Add(dataset.GetString(DicomTags.SOPInstanceUID));
                await NetworkSamples.SaveAsync(dataset, DicomTransferSyntax.ExplicitVRLittleEndian, folder);
            }
        }

        var results = await Task.WhenAll(folders.Select((folder, p) => DcmtkNetworkTools.RunAsync(storescu,
            "+sd", "-aet", $"STORESCU_{p}", "-aec", ScpHarness.AeTitle, "127.0.0.1", scp.Port.ToString(CultureInfo.InvariantCulture), folder)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Describe()));
        var records = await ReadRecordsAsync(scp, processes);
        Assert.All(records, r =>
        {
            Assert.True(r.Accepted, r.RejectReason);
            Assert.Equal(filesEach, r.Operations.Count(o => o.Operation == DimseCommandField.CStoreRq && o.Status == DimseStatus.Success));
        });
        Assert.Equal(expected.Order(StringComparer.Ordinal).ToList(), await StoredUidsAsync(scp));
    }

    public void Dispose() => _directory.Dispose();

    private static async Task<List<AssociationRecord>> ReadRecordsAsync(ScpHarness scp, int count)
    {
        var records = new List<AssociationRecord>();
        for (var i = 0; i < count; i++) records.Add(await scp.NextRecordAsync());
        return records;
    }

    private static async Task<List<string?>> StoredUidsAsync(ScpHarness scp)
    {
        var uids = new List<string?>();
        foreach (var path in scp.StoredFiles) uids.Add((await DicomFile.OpenAsync(path)).Dataset.GetString(DicomTags.SOPInstanceUID));
        return uids.Order(StringComparer.Ordinal).ToList();
    }
}
