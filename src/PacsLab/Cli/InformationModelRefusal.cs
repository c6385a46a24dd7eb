using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.Cli;

/// <summary>What to say when the peer accepted the association but not the information model asked for.</summary>
internal static class InformationModelRefusal
{
    public static string Message(DicomClientOptions options, QueryRetrieveModel model, string sopClassUid, string operation)
    {
        var name = DicomDictionary.TryGetUid(sopClassUid, out var entry) ? entry.Name : model.Name;
        var other = model == QueryRetrieveModel.StudyRoot ? QueryRetrieveModel.PatientRoot : QueryRetrieveModel.StudyRoot;
        return $"{operation} to {options.CalledAeTitle} at {options.Host}:{options.Port} as {options.CallingAeTitle} failed: the peer " +
            $"accepted the association but not the presentation context for {name} ({sopClassUid}), so it does not offer " +
            $"{operation} in the {model.Name} model. Try {other.Flag} ({other.Name}), or check what its conformance statement lists.";
    }
}
