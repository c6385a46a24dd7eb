namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// Turns the values of Specific Character Set (0008,0005) into a codec, reading what devices send as leniently as
/// the standard's intent allows and saying so in a warning each time (PS3.3 C.12.1.1.2, PS3.5 6.1.2.5).
/// </summary>
internal static class CharacterSetResolver
{
    private const string Attribute = "Specific Character Set (0008,0005)";

    public static ITextCodec Resolve(IReadOnlyList<string> values, WarningLog warnings)
    {
        if (values.Count == 0 || values.All(v => v.Length == 0)) return DefaultCodec;
        if (values.Count == 1) return ResolveSingle(values[0], warnings);

        var terms = new List<CharacterSetTerm>();
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (i > 0 && value.Length == 0) continue;
            var term = i == 0 && value.Length == 0
                ? Lookup("ISO 2022 IR 6", warnings)
                : Lookup(value, warnings);
            if (term is null)
            {
                if (i > 0)
                {
                    warnings.Add($"{Attribute} value '{value}' is not a defined term (PS3.3 C.12.1.1.2); it is ignored.");
                    continue;
                }
                warnings.Add($"{Attribute} value 1 '{value}' is not a defined term (PS3.3 C.12.1.1.2); " +
                    "text is read as Latin-1 (ISO 2022 IR 100).");
                term = CharacterSetTerms.Latin1Term;
            }
            else if (term.IsStandAlone)
            {
                if (i == 0)
                {
                    warnings.Add($"{Attribute} value '{term.Term}' ({term.Description}) cannot be combined with other " +
                        "character sets (PS3.5 6.1.2.5.4); the other values are ignored.");
                    return new StandAloneCodec(term.StandAloneCodePage);
                }
                warnings.Add($"{Attribute} value '{term.Term}' ({term.Description}) cannot be used as a code " +
                    "extension (PS3.5 6.1.2.5.4); it is ignored.");
                continue;
            }
            else if (!term.AllowsCodeExtensions)
            {
                warnings.Add($"{Attribute} has several values, so each must be an 'ISO 2022 ...' term, but value " +
                    $"'{term.Term}' is not; it is read as '{term.Term.Replace("ISO_IR", "ISO 2022 IR")}'.");
            }
            if (!terms.Contains(term)) terms.Add(term);
        }
        return new Iso2022Codec(Iso2022Profile.FromTerms(terms));
    }

    public static ITextCodec DefaultCodec { get; } = new Iso2022Codec(Iso2022Profile.FromTerms([CharacterSetTerms.DefaultTerm]));

    private static ITextCodec ResolveSingle(string value, WarningLog warnings)
    {
        var term = Lookup(value, warnings);
        if (term is null)
        {
            warnings.Add($"{Attribute} value '{value}' is not a defined term (PS3.3 C.12.1.1.2); text is read as " +
                "Latin-1 (ISO_IR 100).");
            term = CharacterSetTerms.Latin1Term;
        }
        return term.IsStandAlone ? new StandAloneCodec(term.StandAloneCodePage) : new Iso2022Codec(Iso2022Profile.FromTerms([term]));
    }

    private static CharacterSetTerm? Lookup(string value, WarningLog warnings)
    {
        if (CharacterSetTerms.TryGet(value, out var term)) return term;
        var near = CharacterSetTerms.FindNear(value);
        if (near is not null)
        {
            warnings.Add($"{Attribute} value '{value}' is not a defined term; it is read as '{near.Term}'. " +
                "Defined terms are spelled exactly as in PS3.3 C.12.1.1.2, e.g. 'ISO_IR 100' or 'ISO 2022 IR 87'.");
        }
        return near;
    }
}
