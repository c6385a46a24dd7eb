namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>The names PS3.8 section 9.2 uses for states, events and actions ("Sta6", "Evt12", "AR-2").</summary>
public static class UpperLayerNames
{
    public static string ToStandardName(this AssociationState state) => $"Sta{(int)state}";

    public static string ToStandardName(this UpperLayerEvent evt) => $"Evt{(int)evt}";

    public static string ToStandardName(this UpperLayerAction action)
    {
        var name = action.ToString();
        return name.Length > 2 && char.IsDigit(name[2]) ? $"{name[..2]}-{name[2..]}" : name;
    }
}
