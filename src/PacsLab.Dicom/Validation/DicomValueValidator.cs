namespace PacsLab.Dicom;

/// <summary>
/// Checks one data element against PS3.5 Table 6.2-1 (length, characters and form of each value, whole binary
/// values) and against its PS3.6 entry (VR and value multiplicity). Reports problems; never throws.
/// </summary>
public static class DicomValueValidator
{
    internal static readonly Func<DicomTag, DicomDictionaryEntry?> DictionaryLookup =
        tag => DicomDictionary.TryGet(tag, out var entry) ? entry : null;

    /// <summary>Problems of <paramref name="item"/>, which sits in <paramref name="owner"/> (its character set decodes the text).</summary>
    public static IReadOnlyList<DicomValidationProblem> Validate(DicomDataset owner, DicomItem item, string? path = null)
    {
        var problems = new List<DicomValidationProblem>();
        Validate(owner, item, path ?? item.Tag.ToString(), DictionaryLookup, problems);
        return problems;
    }

    internal static void Validate(DicomDataset owner, DicomItem item, string path,
        Func<DicomTag, DicomDictionaryEntry?> lookup, ICollection<DicomValidationProblem> problems)
    {
        var report = new DicomElementReport(item, path, problems);
        try
        {
            var entry = lookup(item.Tag);
            report.Name = entry?.Name;
            if (!HasExpectedVR(item, entry, report)) entry = null;
            switch (item)
            {
                case DicomElement { VR.Kind: DicomVRKind.Text } text: ValidateText(owner, text, entry, report); break;
                case DicomElement binary: ValidateBinary(binary, entry, report); break;
                case DicomFragmentSequence fragments: ValidateFragments(fragments, report); break;
            }
        }
        catch (Exception ex)
        {
            // Validation runs on whatever arrived over the network: a value that defeats a decoder or a rule is one
            // more problem to report, never a reason to stop checking the rest of the data set.
            report.Add(null, null, DicomValidationProblemKind.Unreadable, $"could not be checked: {ex.Message}");
        }
    }

    private static void ValidateText(DicomDataset owner, DicomElement element, DicomDictionaryEntry? entry, DicomElementReport report)
    {
        var vr = element.VR;
        var text = owner.DecodeText(element);
        if (element.Length % 2 == 0 && text.Length > 0 && text[^1] == (char)vr.PaddingByte) text = text[..^1];
        if (text.Length == 0) return;

        var defaultRepertoireOnly = vr.UsesSpecificCharacterSet && IsDefaultRepertoire(owner.CharacterSet);
        var values = vr.IsMultiValuedText ? text.Split(DicomText.ValueSeparator) : [text];
        for (var i = 0; i < values.Length; i++)
        {
            foreach (var fault in DicomTextValueRules.Check(vr, values[i], defaultRepertoireOnly))
                report.Add(i, values[i], fault.Kind, fault.Reason, showIndex: values.Length > 1);
        }
        CheckMultiplicity(values.Length, entry, report, "Text values are separated by a backslash '\\' (PS3.5 6.4).");
    }

    private static void ValidateBinary(DicomElement element, DicomDictionaryEntry? entry, DicomElementReport report)
    {
        var size = element.VR.ValueSize;
        if (size > 1 && element.Length % size != 0)
        {
            report.Add(null, null, DicomValidationProblemKind.WrongLength,
                $"is {element.Length} bytes long, which is not a whole number of values: {element.VR} values are {size} bytes each (PS3.5 Table 6.2-1).");
            return;
        }
        if (element.VR.Kind == DicomVRKind.Binary && element.Length > 0)
            CheckMultiplicity(element.Length / size, entry, report, $"{element.VR} values are {size} bytes each.");
    }

    private static void ValidateFragments(DicomFragmentSequence pixels, DicomElementReport report)
    {
        for (var i = 0; i < pixels.Fragments.Count; i++)
        {
            if (pixels.Fragments[i].Length % 2 == 0) continue;
            report.Add(null, null, DicomValidationProblemKind.WrongLength,
                $"has fragment {i + 1} of {pixels.Fragments[i].Length} bytes; every item of encapsulated pixel data has an even length (PS3.5 A.4).");
        }
    }

    private static bool HasExpectedVR(DicomItem item, DicomDictionaryEntry? entry, DicomElementReport report)
    {
        if (entry is null || entry.ValueRepresentations.Count == 0 || item.VR == DicomVR.UN) return true;
        if (entry.ValueRepresentations.Contains(item.VR)) return true;
        var expected = string.Join(" or ", entry.ValueRepresentations);
        report.Add(null, null, DicomValidationProblemKind.UnexpectedVR,
            $"has VR {item.VR}, but PS3.6 defines this element as {expected}; a receiver that reads implicit VR would decode it as {entry.DefaultVR} (PS3.6 Table 6-1).");
        return false;
    }

    private static void CheckMultiplicity(int count, DicomDictionaryEntry? entry, DicomElementReport report, string hint)
    {
        if (count == 0 || entry is null || !DicomValueMultiplicity.TryParse(entry.ValueMultiplicity, out var vm) || vm.Allows(count)) return;
        var values = count == 1 ? "1 value" : $"{count} values";
        report.Add(null, null, DicomValidationProblemKind.WrongMultiplicity,
            $"has {values}, but PS3.6 gives it a value multiplicity of {vm}: {vm.Describe()}. {hint}");
    }

    /// <summary>No Specific Character Set, or only ISO-IR 6: text may hold nothing beyond 7-bit ASCII (PS3.5 6.1.2.1).</summary>
    private static bool IsDefaultRepertoire(DicomCharacterSet set) =>
        set.Terms.All(t => t.Trim() is "" or "ISO_IR 6" or "ISO 2022 IR 6");
}
