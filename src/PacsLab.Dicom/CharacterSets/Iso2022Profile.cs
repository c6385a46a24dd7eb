namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// What an ISO 2022 Specific Character Set allows: the G0 and G1 sets in force at the start of every value
/// (from value 1 of (0008,0005)) and the code elements the other values bring in, in the order they are listed.
/// </summary>
internal sealed record Iso2022Profile(string Name, CodeElement InitialG0, CodeElement? InitialG1, IReadOnlyList<CodeElement> Elements)
{
    public static Iso2022Profile FromTerms(IReadOnlyList<CharacterSetTerm> terms)
    {
        var first = terms[0];
        var elements = new List<CodeElement> { first.InitialG0 };
        if (first.InitialG1 is { } g1) elements.Add(g1);
        foreach (var element in terms.SelectMany(t => t.Elements))
        {
            if (!elements.Contains(element)) elements.Add(element);
        }
        return new Iso2022Profile(string.Join('\\', terms.Select(t => t.Term)), first.InitialG0, first.InitialG1, elements);
    }

    /// <summary>
    /// Whether (0008,0005) brings <paramref name="element"/> in. ASCII always counts: it is the default repertoire
    /// that every value returns to (PS3.5 6.1.2.5.3), and writers use ESC ( B under ISO 2022 IR 13 too.
    /// </summary>
    public bool Declares(CodeElement element) => element == CodeElements.Ascii || Elements.Contains(element);
}
