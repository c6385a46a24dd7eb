namespace PacsLab.Department.Configuration;

/// <summary>One problem with a setting: the field as written in department.yaml (e.g. <c>modalities[CT_ROOM1].port</c>) and what is wrong.</summary>
public sealed record ConfigurationError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
