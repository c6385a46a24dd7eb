namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>Which contrast an MR series has: fluid dark on T1, bright on T2.</summary>
internal enum MrWeighting
{
    T1,
    T2,
}
