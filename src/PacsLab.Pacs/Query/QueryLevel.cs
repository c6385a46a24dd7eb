namespace PacsLab.Pacs.Query;

/// <summary>Query/Retrieve Level (0008,0052) values (PS3.4 C.6.1.1, C.6.2.1).</summary>
public enum QueryLevel
{
    Patient,
    Study,
    Series,
    Image,
}

/// <summary>The two query/retrieve information models the PACS serves (PS3.4 C.6.1, C.6.2).</summary>
public enum QueryModel
{
    PatientRoot,
    StudyRoot,
}

public static class QueryLevels
{
    /// <summary>The level named in an identifier, checked against the model; a problem is a DimseStatus 0xA900 reason.</summary>
    public static QueryLevel Parse(string? level, QueryModel model) =>
        (level?.Trim().ToUpperInvariant(), model) switch
        {
            (null or "", _) => throw new QueryRefusedException("the identifier has no Query/Retrieve Level (0008,0052); say PATIENT, STUDY, SERIES or IMAGE"),
            ("PATIENT", QueryModel.StudyRoot) => throw new QueryRefusedException("PATIENT level is not part of the Study Root model; use the Patient Root model (findscu -P) or query at STUDY level"),
            ("PATIENT", _) => QueryLevel.Patient,
            ("STUDY", _) => QueryLevel.Study,
            ("SERIES", _) => QueryLevel.Series,
            ("IMAGE", _) => QueryLevel.Image,
            var (other, _) => throw new QueryRefusedException($"Query/Retrieve Level '{other}' is not one of PATIENT, STUDY, SERIES, IMAGE"),
        };
}
