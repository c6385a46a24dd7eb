using System.Reflection;
using PacsLab.Dicom;

namespace PacsLab.Department.Tests.Dictionary;

/// <summary>
/// The Department's tag lists are typed by hand for readability; each field must be the dictionary's tag of the same
/// keyword (DESIGN.md example 8: one dictionary source), so a typo in a group or element number cannot hide.
/// </summary>
public sealed class TagListTests
{
    public static TheoryData<string> TagLists() =>
    [
        "PacsLab.Department.Synthesis.SynthesisTags",
        "PacsLab.Department.Modalities.WorklistTags",
        "PacsLab.Department.Ris.Worklist.WorklistTags",
        "PacsLab.Department.Workstation.WorkstationTags",
    ];

    [Theory]
    [MemberData(nameof(TagLists))]
    public void EveryTagField_IsTheDictionaryTagOfItsKeyword(string typeName)
    {
        var type = typeof(PacsLab.Department.Synthesis.StudyRequest).Assembly.GetType(typeName, throwOnError: true)!;
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.FieldType == typeof(DicomTag)).ToList();

        Assert.NotEmpty(fields);
        var wrong = fields
            .Select(f => (f.Name, Tag: (DicomTag)f.GetValue(null)!))
            .Where(f => !DicomDictionary.TryGetByKeyword(f.Name, out var entry) || entry.Tag != f.Tag)
            .Select(f => $"{f.Name} = {f.Tag}" + (DicomDictionary.TryGetByKeyword(f.Name, out var e) ? $", the dictionary says {e.Tag}" : ", no such keyword"))
            .ToList();
        Assert.True(wrong.Count == 0, $"{type.Name}: {string.Join("; ", wrong)}");
    }
}
