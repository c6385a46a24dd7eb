using PacsLab.Dicom.Network.Transport;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Network;

/// <summary>
/// The association log's "refused contexts": every proposed abstract syntax that got no accepted presentation
/// context, with the PS3.8 Table 9-18 result the PACS's settings give it and where to look.
/// </summary>
public static class RefusedContextWording
{
    public static string Describe(AssociationRecord record, PacsSettingsRecord settings)
    {
        if (!record.Accepted) return "";
        var accepted = record.AcceptedContexts.Select(c => c.AbstractSyntax).ToHashSet(StringComparer.Ordinal);
        var refusedClasses = AcceptedSyntaxSettings.RefusedSopClasses(settings).ToHashSet(StringComparer.Ordinal);
        var known = PacsSyntaxes.All.Select(s => s.AbstractSyntax).ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', record.ProposedAbstractSyntaxes.Distinct(StringComparer.Ordinal).Where(uid => !accepted.Contains(uid)).Select(uid =>
            refusedClasses.Contains(uid)
                ? $"{AcceptedSyntaxSettings.Name(uid)}: result 3, abstract syntax not supported (refused in the PACS's accepted-syntaxes settings)"
                : !known.Contains(uid)
                    ? $"{AcceptedSyntaxSettings.Name(uid)}: result 3, abstract syntax not supported (the PACS does not offer this SOP class)"
                    : $"{AcceptedSyntaxSettings.Name(uid)}: result 4, transfer syntaxes not supported (none of the proposed transfer syntaxes is accepted; see the PACS's accepted-syntaxes settings)"));
    }
}
