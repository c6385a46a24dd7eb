namespace PacsLab.Department.Configuration;

/// <summary>How a modality acquires: the study it makes and which days its worklist query covers.</summary>
public sealed class AcquisitionOptions
{
    /// <summary>Images per series; null lets the synthesizer use the modality's usual number.</summary>
    public int? ImagesPerSeries { get; set; }

    /// <summary>The worklist query covers today minus this many days ...</summary>
    public int WorklistDaysBefore { get; set; }

    /// <summary>... to today plus this many days.</summary>
    public int WorklistDaysAfter { get; set; }

    public string InstitutionName { get; set; } = "PacsLab General Hospital";
    public string Manufacturer { get; set; } = "PacsLab";
}
