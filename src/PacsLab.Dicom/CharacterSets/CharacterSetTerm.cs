namespace PacsLab.Dicom.CharacterSets;

/// <summary>One defined term of Specific Character Set (0008,0005) and what it brings in.</summary>
/// <param name="Term">The defined term, e.g. "ISO 2022 IR 100".</param>
/// <param name="Description">Plain words for messages, e.g. "Latin alphabet No. 1".</param>
/// <param name="Elements">The ISO 2022 code elements; empty for a stand-alone encoding.</param>
/// <param name="AllowsCodeExtensions">True for the "ISO 2022 ..." terms.</param>
/// <param name="StandAloneCodePage">For UTF-8, GB18030 and GBK: the code page that decodes whole values; else 0.</param>
internal sealed record CharacterSetTerm(
    string Term,
    string Description,
    IReadOnlyList<CodeElement> Elements,
    bool AllowsCodeExtensions,
    int StandAloneCodePage = 0)
{
    public bool IsStandAlone => StandAloneCodePage != 0;

    /// <summary>The single-byte G0 set in force at the start of a value when this term is value 1.</summary>
    public CodeElement InitialG0 =>
        Elements.FirstOrDefault(e => e.Register == GraphicRegister.G0 && e.BytesPerCharacter == 1) ?? CodeElements.Ascii;

    /// <summary>The G1 set in force at the start of a value when this term is value 1, if any.</summary>
    public CodeElement? InitialG1 => Elements.FirstOrDefault(e => e.Register == GraphicRegister.G1);

    public override string ToString() => Term;
}
