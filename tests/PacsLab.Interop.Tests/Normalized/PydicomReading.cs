namespace PacsLab.Interop.Tests;

/// <summary>What pydicom made of one file: its elements in normalized form, or the error it refused the file with.</summary>
public sealed record PydicomReading(string File, string? Error, IReadOnlyList<NormalizedElement> Elements)
{
    public bool Refused => Error is not null;
}
