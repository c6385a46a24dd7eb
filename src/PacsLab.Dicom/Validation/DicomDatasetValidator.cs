namespace PacsLab.Dicom;

/// <summary>Checks every element of a data set, items of sequences included, and returns all problems; never throws.</summary>
public static class DicomDatasetValidator
{
    public static IReadOnlyList<DicomValidationProblem> Validate(DicomDataset dataset) =>
        Validate(dataset, DicomValueValidator.DictionaryLookup);

    internal static IReadOnlyList<DicomValidationProblem> Validate(DicomDataset dataset, Func<DicomTag, DicomDictionaryEntry?> lookup)
    {
        var problems = new List<DicomValidationProblem>();
        Walk(dataset, "", lookup, problems, new HashSet<DicomDataset>(ReferenceEqualityComparer.Instance));
        return problems;
    }

    private static void Walk(DicomDataset dataset, string prefix, Func<DicomTag, DicomDictionaryEntry?> lookup,
        List<DicomValidationProblem> problems, HashSet<DicomDataset> open)
    {
        // An item that contains itself can only be built in memory, but it must not send the walk round forever.
        if (!open.Add(dataset)) return;
        foreach (var item in dataset)
        {
            var path = prefix.Length == 0 ? item.Tag.ToString() : $"{prefix}.{item.Tag}";
            DicomValueValidator.Validate(dataset, item, path, lookup, problems);
            if (item is not DicomSequence sequence) continue;
            for (var i = 0; i < sequence.Items.Count; i++) Walk(sequence.Items[i], $"{path}[{i}]", lookup, problems, open);
        }
        open.Remove(dataset);
    }
}
