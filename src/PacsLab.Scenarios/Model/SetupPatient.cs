using PacsLab.Department.Synthesis;

namespace PacsLab.Scenarios.Model;

/// <summary>A patient the scenario adds to the catalog's. BirthDate is YYYYMMDD; Sex M, F or O.</summary>
public sealed record SetupPatient(string Id, string Name, string? BirthDate, string? Sex, int Line = 0)
{
    public PatientDemographics ToDemographics() => new(Id, Name, BirthDate, Sex);
}
