namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>The tissue classes of the MR head phantom; each has its own T1 and T2 weighted signal.</summary>
internal enum HeadTissue : byte
{
    Air,
    Scalp,
    Bone,
    Csf,
    GrayMatter,
    WhiteMatter,
    Vitreous,
    OrbitalFat,
    Lesion,
}
