using System.Text;
using static PacsLab.Dicom.Tests.Validation.ValidationTestData;
using Kind = PacsLab.Dicom.DicomValidationProblemKind;

namespace PacsLab.Dicom.Tests.Validation;

public class DicomDatasetValidatorTests
{
    private static readonly DicomTag ReferencedSeriesSequence = new(0x0008, 0x1115);
    private static readonly DicomTag ReferencedInstanceSequence = new(0x0008, 0x114A);
    private static readonly DicomTag ReferencedSopClassUid = new(0x0008, 0x1150);
    private static readonly DicomTag ReferencedSopInstanceUid = new(0x0008, 0x1155);
    private static readonly DicomTag InstitutionName = new(0x0008, 0x0080);

    private static DicomDataset Item(params DicomItem[] items) => new(items);

    [Fact]
    public void Validate_ConformingDataset_ReportsNothing()
    {
        var dataset = Item(
            Element("DA", "20240131", DicomTags.StudyDate),
            Element("PN", "Doe^John", DicomTags.PatientName),
            Element("UI", "1.2.3.4\0", DicomTags.SOPInstanceUID),
            new DicomSequence(ReferencedSeriesSequence, Item(Element("UI", "1.2.840.10008.5.1.4.1.1.2", ReferencedSopClassUid))));

        Assert.Empty(DicomDatasetValidator.Validate(dataset));
    }

    [Fact]
    public void Validate_ProblemsInNestedSequences_AreReportedWithTheirPath()
    {
        var dataset = Item(
            Element("DA", "2024-01-31", DicomTags.StudyDate),
            new DicomSequence(ReferencedSeriesSequence,
                Item(Element("UI", "1.2.3", ReferencedSopClassUid)),
                Item(
                    Element("UI", "1.2.03", ReferencedSopClassUid),
                    new DicomSequence(ReferencedInstanceSequence,
                        Item(Element("UI", "1.2.3", ReferencedSopInstanceUid)),
                        Item(Element("UI", "1..2", ReferencedSopInstanceUid))))));

        var problems = DicomDatasetValidator.Validate(dataset, _ => null);

        Assert.Equal(
            ["(0008,0020)", "(0008,1115)[1].(0008,114A)[1].(0008,1155)", "(0008,1115)[1].(0008,1150)"],
            problems.Select(p => p.Path));
        Assert.Equal([Kind.BadDate, Kind.BadUid, Kind.BadUid], problems.Select(p => p.Kind));
        Assert.Equal(ReferencedSopInstanceUid, problems[1].Tag);
        Assert.StartsWith("(0008,1115)[1].(0008,114A)[1].(0008,1155) UI '1..2'", problems[1].Message);
    }

    [Fact]
    public void Validate_SequenceItem_UsesCharacterSetOfTheDatasetAbove()
    {
        var nested = new DicomSequence(ReferencedSeriesSequence, Item(Element("LO", "Klinikum Düsseldorf", InstitutionName)));
        var latin1 = WithCharacterSet("ISO_IR 100");
        latin1.AddOrUpdate(nested);
        var plain = Item(new DicomSequence(ReferencedSeriesSequence, Item(Element("LO", "Klinikum Düsseldorf", InstitutionName))));

        Assert.Empty(DicomDatasetValidator.Validate(latin1, _ => null));
        var problem = Assert.Single(DicomDatasetValidator.Validate(plain, _ => null));
        Assert.Equal(Kind.BadCharacter, problem.Kind);
        Assert.Equal("(0008,1115)[0].(0008,0080)", problem.Path);
    }

    [Fact]
    public void Validate_DictionaryEntries_AreUsedForMultiplicityInsideSequences()
    {
        var imageType = new DicomTag(0x0008, 0x0008);
        var dataset = Item(new DicomSequence(ReferencedSeriesSequence, Item(Element("CS", "ORIGINAL", imageType))));

        var problem = Assert.Single(DicomDatasetValidator.Validate(dataset, t => t == imageType ? Entry(t, "CS", "2-n", "Image Type") : null));

        Assert.Equal(Kind.WrongMultiplicity, problem.Kind);
        Assert.StartsWith("Image Type (0008,1115)[0].(0008,0008) CS has 1 value", problem.Message);
    }

    [Fact]
    public void Validate_GarbageBytesInEveryVR_NeverThrows()
    {
        var random = new Random(20240131);
        var vrs = DicomVR.All.Where(vr => vr != DicomVR.SQ).ToList();
        var totalProblems = 0;
        for (var round = 0; round < 200; round++)
        {
            var charset = (round % 3) switch { 0 => "", 1 => "ISO_IR 192", _ => "ISO 2022 IR 6\\ISO 2022 IR 87" };
            var dataset = charset.Length == 0 ? new DicomDataset() : WithCharacterSet(charset);
            var item = new DicomDataset();
            for (var i = 0; i < vrs.Count; i++)
            {
                var bytes = new byte[random.Next(0, 80)];
                random.NextBytes(bytes);
                dataset.AddOrUpdate(new DicomElement(new DicomTag(0x0011, (ushort)(0x1000 + i)), vrs[i], bytes));
                item.AddOrUpdate(new DicomElement(new DicomTag(0x0013, (ushort)(0x1000 + i)), vrs[i], bytes));
            }
            dataset.AddOrUpdate(new DicomSequence(ReferencedSeriesSequence, item));

            var problems = DicomDatasetValidator.Validate(dataset);

            totalProblems += problems.Count;
            Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        }
        Assert.True(totalProblems > 200, $"random bytes should break rules, found {totalProblems} problems");
    }

    [Fact]
    public void Validate_GarbageDate_ReportsBadDateWithReadableMessage()
    {
        var dataset = Item(new DicomElement(DicomTags.StudyDate, DicomVR.DA, new byte[] { 0xFF, 0x00, 0x1B, 0x32, 0x30 }));

        var problem = Assert.Single(DicomDatasetValidator.Validate(dataset, _ => null));

        Assert.Equal(Kind.BadDate, problem.Kind);
        Assert.Contains("<00H><1BH>", problem.Message);
    }

    [Fact]
    public void Validate_ItemThatContainsItself_StopsInsteadOfLooping()
    {
        var item = Item(new DicomElement(new DicomTag(0x0028, 0x0010), DicomVR.US, new byte[3]));
        item.AddOrUpdate(new DicomSequence(ReferencedSeriesSequence, item));

        var problem = Assert.Single(DicomDatasetValidator.Validate(item, _ => null));

        Assert.Equal(Kind.WrongLength, problem.Kind);
    }

    [Fact]
    public void Validate_EmptyDataset_ReportsNothing()
    {
        Assert.Empty(DicomDatasetValidator.Validate(new DicomDataset()));
    }

    [Fact]
    public void Problem_ToString_IsTheMessage()
    {
        var problem = Assert.Single(DicomDatasetValidator.Validate(Item(Element("AS", "45Y")), _ => null));

        Assert.Equal(problem.Message, problem.ToString());
        Assert.Contains("045Y", problem.Message);
        Assert.Equal(Encoding.ASCII.GetString(Encoding.ASCII.GetBytes(problem.Message)), problem.Message);
    }
}
