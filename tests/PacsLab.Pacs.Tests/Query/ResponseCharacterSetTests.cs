using Microsoft.Extensions.Options;
using PacsLab.Dicom;
using PacsLab.Dicom.Query;
using PacsLab.Pacs.Query;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Query;

/// <summary>
/// C-FIND responses say ISO_IR 192 (UTF-8), so text taken from a stored file in another character set must be
/// re-encoded, inside sequence items too (PS3.5 6.1.2.3: items inherit the character set of the data set holding them).
/// Responses are checked as a peer sees them: encoded, then read back.
/// </summary>
public sealed class ResponseCharacterSetTests
{
    private static readonly DicomTag ProcedureCodeSequence = new(0x0008, 0x1032);
    private static readonly DicomTag CodeValue = new(0x0008, 0x0100);
    private static readonly DicomTag CodingSchemeDesignator = new(0x0008, 0x0102);
    private static readonly DicomTag CodeMeaning = new(0x0008, 0x0104);
    private static readonly DicomTag EquivalentCodeSequence = new(0x0008, 0x0121);
    private static readonly DicomTag OperatorsName = new(0x0008, 0x1070);

    /// <summary>A procedure code whose meaning has accented letters, with a nested equivalent code, written in the file's own character set.</summary>
    private static void AddProcedureCode(DicomDataset ds, string? itemCharacterSet = null)
    {
        var sequence = new DicomSequence(ProcedureCodeSequence);
        ds.AddOrUpdate(sequence);
        var item = new DicomDataset();
        sequence.Add(item);
        if (itemCharacterSet is not null) item.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, itemCharacterSet);
        item.AddOrUpdate(CodeValue, DicomVR.SH, "CTTETE").AddOrUpdate(CodingSchemeDesignator, DicomVR.SH, "LOCAL").AddOrUpdate(CodeMeaning, DicomVR.LO, "Scanner tête et cou");
        var nested = new DicomSequence(EquivalentCodeSequence);
        item.AddOrUpdate(nested);
        var equivalent = new DicomDataset();
        nested.Add(equivalent);
        equivalent.AddOrUpdate(CodeValue, DicomVR.SH, "KOPF").AddOrUpdate(CodeMeaning, DicomVR.LO, "Schädel, Hals");
    }

    private static async Task<DicomDataset> OnlyStudyAsAPeerReadsItAsync(PacsTestBed bed, DicomDataset identifier)
    {
        var service = new PacsQueryService(bed.Contexts, bed.Archive, Options.Create(bed.Options));
        var responses = new List<DicomDataset>();
        await foreach (var match in service.FindAsync(DicomQuery.Parse(identifier), QueryModel.StudyRoot, CancellationToken.None)) responses.Add(match.Response);
        var bytes = await DicomDatasetSerializer.SerializeAsync(Assert.Single(responses), DicomTransferSyntax.ExplicitVRLittleEndian, null, CancellationToken.None);
        using var stream = new MemoryStream(bytes);
        return await DicomDatasetSerializer.ReadAsync(stream, DicomTransferSyntax.ExplicitVRLittleEndian, null, CancellationToken.None);
    }

    private static DicomDataset StudyKeys() => new DicomDataset()
        .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "STUDY")
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "")
        .AddOrUpdate(new DicomSequence(ProcedureCodeSequence));

    [Fact]
    public async Task Find_SequenceFromLatin1File_TextInItemsAndNestedItemsArrivesAsUtf8()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance { CharacterSet = "ISO_IR 100", Extra = ds => AddProcedureCode(ds) });

        var response = await OnlyStudyAsAPeerReadsItAsync(bed, StudyKeys());

        Assert.Equal("ISO_IR 192", response.GetString(DicomTags.SpecificCharacterSet));
        var item = Assert.Single(((DicomSequence)response[ProcedureCodeSequence]!).Items);
        Assert.Equal("Scanner tête et cou", item.GetString(CodeMeaning));
        Assert.Equal("CTTETE", item.GetString(CodeValue));
        var equivalent = Assert.Single(((DicomSequence)item[EquivalentCodeSequence]!).Items);
        Assert.Equal("Schädel, Hals", equivalent.GetString(CodeMeaning));
    }

    [Fact]
    public async Task Find_ItemWithACharacterSetOfItsOwn_IsReencodedFromThatSet()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance { CharacterSet = "ISO_IR 192", Extra = ds => AddProcedureCode(ds, itemCharacterSet: "ISO_IR 100") });

        var response = await OnlyStudyAsAPeerReadsItAsync(bed, StudyKeys());

        var item = Assert.Single(((DicomSequence)response[ProcedureCodeSequence]!).Items);
        Assert.Equal("Scanner tête et cou", item.GetString(CodeMeaning));
        Assert.Equal("Schädel, Hals", Assert.Single(((DicomSequence)item[EquivalentCodeSequence]!).Items).GetString(CodeMeaning));
    }

    [Fact]
    public async Task Find_SequenceItemKeys_MatchAndReturnTheReencodedText()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance { CharacterSet = "ISO_IR 100", Extra = ds => AddProcedureCode(ds) });
        var keys = StudyKeys().AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        var requestItem = new DicomDataset();
        ((DicomSequence)keys[ProcedureCodeSequence]!).Add(requestItem);
        requestItem.AddOrUpdate(CodeMeaning, DicomVR.LO, "*tête*");

        var response = await OnlyStudyAsAPeerReadsItAsync(bed, keys);

        Assert.Equal("Scanner tête et cou", Assert.Single(((DicomSequence)response[ProcedureCodeSequence]!).Items).GetString(CodeMeaning));
    }

    [Fact]
    public async Task Find_TopLevelTextFromLatin1File_StillArrivesAsUtf8()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance { CharacterSet = "ISO_IR 100", Extra = ds => ds.AddOrUpdate(OperatorsName, DicomVR.PN, "Müller^Jürgen") });

        var response = await OnlyStudyAsAPeerReadsItAsync(bed, StudyKeys().AddOrUpdate(OperatorsName, DicomVR.PN, ""));

        Assert.Equal("Müller^Jürgen", response.GetString(OperatorsName));
    }
}
