using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>The service menu's checks: valid AE titles (PS3.5 AE), ports, hosts; fields named as the menu shows them.</summary>
public static class NetworkSettingsValidator
{
    public static IReadOnlyList<ConfigurationError> Check(ModalityNetworkSettings settings)
    {
        var errors = new List<ConfigurationError>();
        void Add(string field, string? problem)
        {
            if (problem is not null) errors.Add(new ConfigurationError(field, problem));
        }
        Add("aeTitle", AeTitleRule.Problem(settings.AeTitle));
        Add("port", PortRule.ListeningProblem(settings.Port));
        Add("destinationHost", PortRule.HostProblem(settings.Destination.Host));
        Add("destinationPort", PortRule.RemoteProblem(settings.Destination.Port));
        Add("destinationAeTitle", AeTitleRule.Problem(settings.Destination.AeTitle));
        Add("worklistHost", PortRule.HostProblem(settings.Worklist.Host));
        Add("worklistPort", PortRule.RemoteProblem(settings.Worklist.Port));
        Add("worklistAeTitle", AeTitleRule.Problem(settings.Worklist.AeTitle));
        return errors;
    }
}
