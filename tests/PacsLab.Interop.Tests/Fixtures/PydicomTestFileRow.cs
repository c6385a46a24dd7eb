namespace PacsLab.Interop.Tests;

/// <summary>One row of Peers/pydicom-test-files.tsv: a pydicom test file and what PacsLab's reader must do with it.</summary>
public sealed record PydicomTestFileRow(string File, string Expect, string Reason)
{
    public const string Same = "same";
    public const string SameForced = "same-forced";
    public const string Refuse = "refuse";
}
