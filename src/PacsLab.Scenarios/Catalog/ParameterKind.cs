namespace PacsLab.Scenarios.Catalog;

/// <summary>What a parameter holds, which is what the validator checks it against.</summary>
public enum ParameterKind
{
    Text,
    Integer,
    Flag,

    /// <summary>A modality of department.yaml by name (CT_ROOM1), or "workstation" where the step says so.</summary>
    Device,

    /// <summary>A legal AE title (1-16 characters, no backslash or control characters).</summary>
    AeTitle,
    Port,

    /// <summary>A Patient ID of the sample catalog or of <c>setup.patients</c>.</summary>
    Patient,

    /// <summary>An accession number of the catalog's orders or <c>setup.orders</c>.</summary>
    Order,

    /// <summary>A study named earlier (setup.studies, or an <c>as</c> of a fault or traffic step).</summary>
    Study,

    /// <summary>A name this step gives the study it makes, for later steps and objectives.</summary>
    NewStudyName,

    /// <summary>A series named earlier by a step's <see cref="NewSeriesName"/>.</summary>
    Series,
    NewSeriesName,

    /// <summary>A DICOM date YYYYMMDD.</summary>
    Date,

    /// <summary>One of the values listed in <see cref="ParameterSpec.Choices"/>.</summary>
    Choice,
}
