namespace PacsLab.Dicom;

/// <summary>
/// Every rule of PS3.5 Table 6.2-1 for one value of a text VR. The value arrives split from its neighbours, with
/// only the element's final padding byte removed, so its length is measured as the standard measures it.
/// </summary>
internal static class DicomTextValueRules
{
    public static IEnumerable<DicomValueFault> Check(DicomVR vr, string value, bool defaultRepertoireOnly)
    {
        // PN counts per component group; AS and DA have a fixed length that their form check explains better.
        if (vr.MaxLength > 0 && vr != DicomVR.PN && vr != DicomVR.AS && vr != DicomVR.DA)
        {
            var length = DicomValueLength.In(vr, value);
            if (length > vr.MaxLength)
            {
                var unit = vr.MaxLengthInCharacters ? "characters" : "bytes";
                yield return new(DicomValidationProblemKind.TooLong,
                    $"is {length} {unit} long; {vr} allows at most {vr.MaxLength} {unit} per value (PS3.5 Table 6.2-1).");
            }
        }

        if (vr == DicomVR.PN)
        {
            if (DicomCharacterRules.CheckText(value, vr, defaultRepertoireOnly) is { } bad) yield return bad;
            foreach (var fault in DicomPersonNameRules.Check(value)) yield return fault;
            yield break;
        }

        if (CheckForm(vr, value, defaultRepertoireOnly) is { } form) yield return form;
    }

    private static DicomValueFault? CheckForm(DicomVR vr, string value, bool defaultRepertoireOnly)
    {
        if (vr == DicomVR.AE) return DicomCharacterRules.CheckApplicationEntity(value);
        if (vr == DicomVR.CS) return DicomCharacterRules.CheckCodeString(value);
        if (vr == DicomVR.UR) return IfPresent(value.TrimEnd(' '), DicomUriRules.Check);
        if (vr.UsesSpecificCharacterSet) return DicomCharacterRules.CheckText(value, vr, defaultRepertoireOnly);
        if (vr == DicomVR.AS) return IfPresent(value, DicomAgeStringRules.Check);
        if (vr == DicomVR.DA) return IfPresent(value, DicomDateTimeRules.CheckDate);
        if (vr == DicomVR.TM) return IfPresent(value.TrimEnd(' '), DicomDateTimeRules.CheckTime);
        if (vr == DicomVR.DT) return IfPresent(value.TrimEnd(' '), DicomDateTimeRules.CheckDateTime);
        if (vr == DicomVR.IS) return IfPresent(value.Trim(' '), DicomNumberRules.CheckIntegerString);
        if (vr == DicomVR.DS) return IfPresent(value.Trim(' '), DicomNumberRules.CheckDecimalString);
        if (vr == DicomVR.UI) return IfPresent(value, CheckUid);
        return null;
    }

    /// <summary>An empty or blank value is allowed (it means "no value", PS3.5 6.4); only a present value has a form to keep.</summary>
    private static DicomValueFault? IfPresent(string value, Func<string, DicomValueFault?> rule) =>
        value.AsSpan().Trim(' ').IsEmpty ? null : rule(value);

    private static DicomValueFault? CheckUid(string value) =>
        DicomUid.FindSyntaxProblem(value) is { } reason
            ? new(DicomValidationProblemKind.BadUid,
                $"{reason}. A UID is dot-separated numbers, each without leading zeros, e.g. 1.2.840.10008.1.1 (PS3.5 9.1).")
            : null;
}
