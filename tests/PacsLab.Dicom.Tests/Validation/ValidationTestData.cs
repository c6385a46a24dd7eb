using System.Text;

namespace PacsLab.Dicom.Tests.Validation;

/// <summary>Builds elements from exact bytes and runs the validator without the PS3.6 dictionary unless one is given.</summary>
internal static class ValidationTestData
{
    public static readonly DicomTag AnyTag = new(0x0011, 0x1010);

    public static DicomElement Element(string vr, string latin1Value, DicomTag? tag = null) =>
        new(tag ?? AnyTag, DicomVR.Parse(vr), Encoding.Latin1.GetBytes(latin1Value));

    public static List<DicomValidationProblem> Check(DicomItem element, DicomDataset? owner = null,
        Func<DicomTag, DicomDictionaryEntry?>? lookup = null)
    {
        owner ??= new DicomDataset();
        owner.AddOrUpdate(element);
        var problems = new List<DicomValidationProblem>();
        DicomValueValidator.Validate(owner, element, element.Tag.ToString(), lookup ?? (_ => null), problems);
        return problems;
    }

    public static DicomDataset WithCharacterSet(string term)
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(new DicomElement(DicomTags.SpecificCharacterSet, DicomVR.CS, Encoding.ASCII.GetBytes(term)));
        return dataset;
    }

    public static DicomDictionaryEntry Entry(DicomTag tag, string vr, string vm, string name) =>
        new(tag, 0xFFFFFFFF, vr.Split(" or ").Select(DicomVR.Parse).ToList(), vm, name.Replace(" ", ""), name, false);
}
