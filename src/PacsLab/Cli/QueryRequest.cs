using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>What a find, move or get asks for: the information model, the level and the identifier sent with the request.</summary>
internal sealed record QueryRequest(QueryRetrieveModel Model, string Level, DicomDataset Identifier)
{
    /// <summary>"Study Root, STUDY level", for messages.</summary>
    public string Description => $"{Model.Name}, {Level} level";
}
