using System.Globalization;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.7.5.1 General Equipment Module: the request's manufacturer, institution and station.</summary>
internal static class GeneralEquipmentModule
{
    public const string SoftwareVersion = "PacsLab synthesizer 1.0";

    public static void Write(DicomDataset dataset, SynthesisContext context, string modelName)
    {
        var request = context.Request;
        dataset.Set(SynthesisTags.Manufacturer, request.Manufacturer);
        if (request.InstitutionName.Length > 0) dataset.Set(SynthesisTags.InstitutionName, request.InstitutionName);
        if (request.StationName.Length > 0) dataset.Set(SynthesisTags.StationName, request.StationName);
        dataset.Set(SynthesisTags.InstitutionalDepartmentName, "RADIOLOGY");
        dataset.Set(SynthesisTags.ManufacturerModelName, modelName);
        dataset.Set(SynthesisTags.DeviceSerialNumber, SerialNumber(request.StationName + "|" + modelName));
        dataset.Set(SynthesisTags.SoftwareVersions, SoftwareVersion);
    }

    /// <summary>A stable serial number per station and model (FNV-1a of the two), so a device keeps its number.</summary>
    private static string SerialNumber(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        return "PL" + (hash % 1_000_000u).ToString("D6", CultureInfo.InvariantCulture);
    }
}
