using PacsLab.Dicom;
using PacsLab.Pacs;

namespace PacsLab.Pacs.Tests.Support;

/// <summary>A small CT-like instance with the identifying attributes a test chooses.</summary>
public sealed record TestInstance
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    public string PatientId { get; init; } = "PID001";
    public string PatientName { get; init; } = "DOE^JANE";
    public string StudyUid { get; init; } = "1.2.826.0.1.3680043.10.1.1";
    public string SeriesUid { get; init; } = "1.2.826.0.1.3680043.10.1.1.1";
    public string SopUid { get; init; } = "1.2.826.0.1.3680043.10.1.1.1.1";
    public string SopClassUid { get; init; } = CtImageStorage;
    public string Modality { get; init; } = "CT";
    public string AccessionNumber { get; init; } = "ACC001";
    public string StudyDate { get; init; } = "20261120";
    public string ReferringPhysician { get; init; } = "SMITH^ANNA";
    public string InstitutionName { get; init; } = "PACSLAB GENERAL";
    public string IssuerOfPatientId { get; init; } = "";
    public string StudyDescription { get; init; } = "CT CHEST";
    public string SeriesDescription { get; init; } = "";
    public string CharacterSet { get; init; } = "ISO_IR 100";

    /// <summary>Adds what a test needs beyond these attributes (a sequence, say) once the data set exists.</summary>
    public Action<DicomDataset>? Extra { get; init; }

    public byte PixelFill { get; init; } = 7;
    public int PixelBytes { get; init; } = 32;

    public DicomDataset ToDataset()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, CharacterSet)
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, SopClassUid)
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, SopUid)
            .AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, StudyDate)
            .AddOrUpdate(PacsTags.StudyTime, DicomVR.TM, "101500")
            .AddOrUpdate(PacsTags.AccessionNumber, DicomVR.SH, AccessionNumber)
            .AddOrUpdate(DicomTags.Modality, DicomVR.CS, Modality)
            .AddOrUpdate(new DicomTag(0x0008, 0x0080), DicomVR.LO, InstitutionName)
            .AddOrUpdate(PacsTags.ReferringPhysicianName, DicomVR.PN, ReferringPhysician)
            .AddOrUpdate(PacsTags.StudyDescription, DicomVR.LO, StudyDescription)
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, PatientName)
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, PatientId)
            .AddOrUpdate(PacsTags.PatientBirthDate, DicomVR.DA, "19700101")
            .AddOrUpdate(PacsTags.PatientSex, DicomVR.CS, "F")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, StudyUid)
            .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, SeriesUid)
            .AddOrUpdate(PacsTags.StudyID, DicomVR.SH, "1")
            .AddOrUpdate(PacsTags.SeriesNumber, DicomVR.IS, "1")
            .AddOrUpdate(PacsTags.InstanceNumber, DicomVR.IS, "1");
        if (IssuerOfPatientId.Length > 0) ds.AddOrUpdate(PacsTags.IssuerOfPatientID, DicomVR.LO, IssuerOfPatientId);
        if (SeriesDescription.Length > 0) ds.AddOrUpdate(PacsTags.SeriesDescription, DicomVR.LO, SeriesDescription);
        Extra?.Invoke(ds);
        var pixels = new byte[PixelBytes];
        Array.Fill(pixels, PixelFill);
        return ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
    }
}
