using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Network;

/// <summary>
/// The pending status of C-FIND responses (PS3.4 C.4.1.1.4): 0xFF00 when every key of the identifier was supported as
/// required keys are, 0xFF01 when an optional key was not supported for matching or for existence at that level.
/// </summary>
public sealed class FindPendingStatusTests
{
    private static readonly DicomTag RetrieveAeTitle = new(0x0008, 0x0054);
    private static readonly DicomTag InstanceAvailability = new(0x0008, 0x0056);
    private static readonly DicomTag SopClassesInStudy = new(0x0008, 0x0062);
    private static readonly DicomTag EncapsulatedDocument = new(0x0042, 0x0011);

    private static IReadOnlyList<PresentationContextProposal> Contexts() => RunningPacs.QueryRetrieveAndCtContexts();

    private static Task<RunningPacs> PacsWithStudyAsync() => RunningPacs.StartWithOneStudyAsync();

    private static DicomDataset StudyKeys() => new DicomDataset()
        .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "STUDY")
        .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PID001")
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "");

    /// <summary>Every response to one C-FIND, pending ones and the final one, with their identifiers.</summary>
    private static async Task<List<(DimseStatus Status, DicomDataset? Identifier)>> FindAsync(RunningPacs pacs, string model, DicomDataset identifier)
    {
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());
        var association = client.Association;
        var context = association.FindContext(model)!;
        await association.SendAsync(context.Id, DimseCommands.FindRequest(association.NextMessageId(), model), identifier, CancellationToken.None);
        var responses = new List<(DimseStatus, DicomDataset?)>();
        while (true)
        {
            var message = await association.ReceiveAsync(CancellationToken.None) ?? throw new InvalidOperationException("the association ended during the C-FIND");
            await using (message)
            {
                var data = message.DataSet is null ? null : await message.DataSet.ReadAsync();
                responses.Add((message.Command.Status, data));
                if (!message.Command.Status.IsPending) break;
            }
        }
        await client.ReleaseAsync();
        return responses;
    }

    [Fact]
    public async Task Find_IndexedKeysAndWhatThePacsSupplies_PendingIsFF00()
    {
        await using var pacs = await PacsWithStudyAsync();
        var keys = StudyKeys()
            .AddOrUpdate(PacsTags.ModalitiesInStudy, DicomVR.CS, "")
            .AddOrUpdate(PacsTags.NumberOfStudyRelatedInstances, DicomVR.IS, "")
            .AddOrUpdate(RetrieveAeTitle, DicomVR.AE, "")
            .AddOrUpdate(InstanceAvailability, DicomVR.CS, "")
            .AddOrUpdate(new DicomTag(0x0008, 0x0080), DicomVR.LO, "");

        var responses = await FindAsync(pacs, PacsSyntaxes.StudyRootFind, keys);

        Assert.Equal([0xFF00, 0x0000], responses.Select(r => (int)r.Status.Code));
        var match = responses[0].Identifier!;
        Assert.Equal("PACSLAB", match.GetString(RetrieveAeTitle));
        Assert.Equal("ONLINE", match.GetString(InstanceAvailability));
        Assert.Equal("PACSLAB GENERAL", match.GetString(new DicomTag(0x0008, 0x0080)));
    }

    [Fact]
    public async Task Find_KeyWithAValueThatCannotBeMatched_PendingIsFF01AndTheKeyIsIgnored()
    {
        await using var pacs = await PacsWithStudyAsync();
        var keys = StudyKeys().AddOrUpdate(EncapsulatedDocument, DicomVR.OB, new byte[] { 0x25, 0x50 });

        var responses = await FindAsync(pacs, PacsSyntaxes.StudyRootFind, keys);

        Assert.Equal([0xFF01, 0x0000], responses.Select(r => (int)r.Status.Code));
        Assert.Equal("1.2.826.0.1.3680043.10.1.1", responses[0].Identifier!.GetString(DicomTags.StudyInstanceUID));
    }

    [Fact]
    public async Task Find_PatientCountsAtStudyLevel_NotComputedThere_PendingIsFF01()
    {
        await using var pacs = await PacsWithStudyAsync();
        var keys = StudyKeys().AddOrUpdate(PacsTags.NumberOfPatientRelatedStudies, DicomVR.IS, "");

        var responses = await FindAsync(pacs, PacsSyntaxes.StudyRootFind, keys);

        Assert.Equal([0xFF01, 0x0000], responses.Select(r => (int)r.Status.Code));
        Assert.Equal("", responses[0].Identifier!.GetString(PacsTags.NumberOfPatientRelatedStudies));
    }

    [Fact]
    public async Task Find_PatientCountsAtPatientLevel_ComputedThere_PendingIsFF00()
    {
        await using var pacs = await PacsWithStudyAsync();
        var keys = new DicomDataset()
            .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "PATIENT")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PID001")
            .AddOrUpdate(PacsTags.NumberOfPatientRelatedStudies, DicomVR.IS, "");

        var responses = await FindAsync(pacs, PacsSyntaxes.PatientRootFind, keys);

        Assert.Equal([0xFF00, 0x0000], responses.Select(r => (int)r.Status.Code));
        Assert.Equal("1", responses[0].Identifier!.GetString(PacsTags.NumberOfPatientRelatedStudies));
    }

    [Fact]
    public async Task Find_SopClassesInStudy_NotKeptByThePacs_PendingIsFF01()
    {
        await using var pacs = await PacsWithStudyAsync();

        var responses = await FindAsync(pacs, PacsSyntaxes.StudyRootFind, StudyKeys().AddOrUpdate(SopClassesInStudy, DicomVR.UI, ""));

        Assert.Equal([0xFF01, 0x0000], responses.Select(r => (int)r.Status.Code));
    }

    [Fact]
    public async Task Find_NoMatch_OnlySuccess()
    {
        await using var pacs = await PacsWithStudyAsync();
        var keys = StudyKeys().AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "NOBODY").AddOrUpdate(SopClassesInStudy, DicomVR.UI, "");

        var responses = await FindAsync(pacs, PacsSyntaxes.StudyRootFind, keys);

        Assert.Equal([0x0000], responses.Select(r => (int)r.Status.Code));
    }
}
