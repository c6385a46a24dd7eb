using System.Net;
using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Network;

public sealed class AssociationLogWriterTests
{
    private static AssociationRecord Record(DateTimeOffset started, string callingAe, params DimseOperationRecord[] operations) => new(
        new AssociationPeer(IPAddress.Loopback, 40000), callingAe, "PACSLAB", ["1.2.840.10008.5.1.4.1.1.2"], [], true, null,
        new AssociationOutcome(AssociationOutcomeKind.Released, "Association released normally (A-RELEASE)."), operations, 1000, 200, started, TimeSpan.FromMilliseconds(25));

    [Fact]
    public async Task Write_PrunesEntriesOlderThanTheRetention()
    {
        await using var bed = await PacsTestBed.CreateAsync(new PacsOptions { AssociationLogRetention = TimeSpan.FromDays(30) });
        var writer = new AssociationLogWriter(bed.Contexts, bed.Options, TimeProvider.System);
        await bed.QueryAsync(async db =>
        {
            db.AssociationLog.Add(AssociationLogWriter.ToRow(Record(DateTimeOffset.UtcNow.AddDays(-40), "OLD_CT")));
            return await db.SaveChangesAsync();
        });

        await writer.WriteAsync(Record(DateTimeOffset.UtcNow, "CT_ROOM1"), CancellationToken.None);

        var rows = await bed.QueryAsync(db => db.AssociationLog.ToListAsync());
        Assert.Equal("CT_ROOM1", Assert.Single(rows).CallingAeTitle);
    }

    [Fact]
    public void ToRow_DescribesOperationsAndCountsFailures()
    {
        var now = DateTimeOffset.UtcNow;
        var row = AssociationLogWriter.ToRow(Record(now, "CT_ROOM1",
            new DimseOperationRecord(DimseCommandField.CStoreRq, "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4", DimseStatus.Success, null, now, TimeSpan.Zero),
            new DimseOperationRecord(DimseCommandField.CStoreRq, "1.2.840.10008.5.1.4.1.1.2", "1.2.3.5", DimseStatus.OutOfResources, "Storage quota reached", now, TimeSpan.Zero)));

        Assert.Equal(2, row.OperationCount);
        Assert.Equal(1, row.FailedOperationCount);
        Assert.Contains("CT Image Storage", row.Operations);
        Assert.Contains("0xA700", row.Operations);
        Assert.Contains("Storage quota reached", row.Operations);
        Assert.Contains("CT Image Storage", row.ProposedAbstractSyntaxes);
    }
}
