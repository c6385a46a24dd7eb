using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>
/// The storage SOP classes `pacslab dicom get` offers to receive. A C-GET brings the instances back over the same
/// association, so each kind must have a presentation context with the SCP role (PS3.4 C.4.3.1, PS3.7 D.3.3.4);
/// an association has at most 128 contexts (PS3.8 9.3.2.2), fewer than the standard's storage classes, so this is
/// the common ones a radiology department meets, as DCMTK's getscu also offers a chosen list.
/// </summary>
internal static class GetStorageClasses
{
    public static IReadOnlyList<string> Keywords { get; } =
    [
        "ComputedRadiographyImageStorage",
        "DigitalXRayImageStorageForPresentation", "DigitalXRayImageStorageForProcessing",
        "DigitalMammographyXRayImageStorageForPresentation", "DigitalMammographyXRayImageStorageForProcessing",
        "DigitalIntraOralXRayImageStorageForPresentation", "BreastTomosynthesisImageStorage",
        "CTImageStorage", "EnhancedCTImageStorage", "LegacyConvertedEnhancedCTImageStorage",
        "MRImageStorage", "EnhancedMRImageStorage", "MRSpectroscopyStorage",
        "UltrasoundImageStorage", "UltrasoundMultiFrameImageStorage", "EnhancedUSVolumeStorage",
        "SecondaryCaptureImageStorage", "MultiFrameSingleBitSecondaryCaptureImageStorage",
        "MultiFrameGrayscaleByteSecondaryCaptureImageStorage", "MultiFrameGrayscaleWordSecondaryCaptureImageStorage",
        "MultiFrameTrueColorSecondaryCaptureImageStorage",
        "XRayAngiographicImageStorage", "EnhancedXAImageStorage", "XRayRadiofluoroscopicImageStorage", "EnhancedXRFImageStorage",
        "XRay3DAngiographicImageStorage",
        "NuclearMedicineImageStorage", "PositronEmissionTomographyImageStorage", "EnhancedPETImageStorage",
        "LegacyConvertedEnhancedPETImageStorage",
        "RTImageStorage", "RTDoseStorage", "RTStructureSetStorage", "RTPlanStorage", "RTIonPlanStorage",
        "RTBeamsTreatmentRecordStorage",
        "VLEndoscopicImageStorage", "VLMicroscopicImageStorage", "VLPhotographicImageStorage",
        "VideoEndoscopicImageStorage", "VideoPhotographicImageStorage", "VLWholeSlideMicroscopyImageStorage",
        "OphthalmicPhotography8BitImageStorage", "OphthalmicTomographyImageStorage",
        "BasicTextSRStorage", "EnhancedSRStorage", "ComprehensiveSRStorage", "Comprehensive3DSRStorage",
        "KeyObjectSelectionDocumentStorage", "MammographyCADSRStorage", "ChestCADSRStorage",
        "XRayRadiationDoseSRStorage", "EnhancedXRayRadiationDoseSRStorage", "RadiopharmaceuticalRadiationDoseSRStorage",
        "GrayscaleSoftcopyPresentationStateStorage", "ColorSoftcopyPresentationStateStorage",
        "PseudoColorSoftcopyPresentationStateStorage", "BlendingSoftcopyPresentationStateStorage",
        "SegmentationStorage", "SpatialRegistrationStorage", "SpatialFiducialsStorage", "RawDataStorage",
        "ParametricMapStorage", "RealWorldValueMappingStorage",
        "EncapsulatedPDFStorage", "EncapsulatedCDAStorage",
        "TwelveLeadECGWaveformStorage", "GeneralECGWaveformStorage", "BasicVoiceAudioWaveformStorage",
    ];

    /// <summary>The UIDs of <see cref="Keywords"/>, in the same order.</summary>
    public static IReadOnlyList<string> Uids { get; } = Keywords
        .Select(k => DicomDictionary.TryGetUidByKeyword(k, out var entry) ? entry.Uid
            : throw new InvalidOperationException($"{k} is not a UID keyword of the dictionary"))
        .ToList();
}
