using System.Globalization;
using Microsoft.Extensions.Options;

namespace PacsLab.Department.Configuration;

/// <summary>
/// Checks a department configuration and names each field that is wrong, as written in department.yaml: AE titles
/// (PS3.5 AE rules, one title per device), ports (two listeners on one port), hosts, names, retry settings.
/// </summary>
public sealed class DepartmentOptionsValidator : IValidateOptions<DepartmentOptions>
{
    private static readonly char[] NameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-".ToCharArray();

    public ValidateOptionsResult Validate(string? name, DepartmentOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
    }

    public static IReadOnlyList<ConfigurationError> Check(DepartmentOptions options)
    {
        var errors = new List<ConfigurationError>();
        void Add(string field, string? problem)
        {
            if (problem is not null) errors.Add(new ConfigurationError(field, problem));
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory)) Add("dataDirectory", "the data directory is empty; give a folder for the devices' state");
        if (!System.Net.IPAddress.TryParse(options.ListenAddress, out _))
            Add("listenAddress", $"'{options.ListenAddress}' is not an IP address; the devices bind to an address such as 127.0.0.1");

        Add("pacs.aeTitle", AeTitleRule.Problem(options.Pacs.AeTitle));
        Add("pacs.host", PortRule.HostProblem(options.Pacs.Host));
        Add("pacs.port", PortRule.ListeningProblem(options.Pacs.Port));
        Add("ris.aeTitle", AeTitleRule.Problem(options.Ris.AeTitle));
        Add("ris.host", PortRule.HostProblem(options.Ris.Host));
        Add("ris.port", PortRule.ListeningProblem(options.Ris.Port));
        Add("workstation.aeTitle", AeTitleRule.Problem(options.Workstation.AeTitle));
        Add("workstation.port", PortRule.ListeningProblem(options.Workstation.Port));
        CheckNode("workstation.pacs", options.Workstation.Pacs, Add);
        if (options.Workstation.ConnectTimeoutSeconds is < 1 or > 300)
            Add("workstation.connectTimeoutSeconds", $"{options.Workstation.ConnectTimeoutSeconds} is outside 1 to 300 seconds");

        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Modalities.Count; i++)
        {
            var modality = options.Modalities[i];
            var at = string.IsNullOrWhiteSpace(modality.Name) ? $"modalities[{i}]" : $"modalities[{modality.Name}]";
            CheckModality(at, modality, Add);
            if (!string.IsNullOrWhiteSpace(modality.Name) && !names.TryAdd(modality.Name, i))
                Add($"{at}.name", $"the name '{modality.Name}' is used by two modalities (entries {names[modality.Name] + 1} and {i + 1}); each device needs its own");
        }

        CheckUniqueAeTitles(options, Add);
        CheckUniquePorts(options, Add);
        return errors;
    }

    private static void CheckModality(string at, ModalityDeviceOptions modality, Action<string, string?> add)
    {
        if (string.IsNullOrWhiteSpace(modality.Name))
            add($"{at}.name", "the name is empty; every modality needs a name (it becomes its folder and log category)");
        else if (modality.Name.Length > 32 || modality.Name.Any(c => !NameCharacters.Contains(c)))
            add($"{at}.name", $"'{modality.Name}' is not a usable device name: use up to 32 letters, digits, '_' or '-'");
        if (!ModalityDeviceOptions.SupportedModalities.Contains(modality.Modality, StringComparer.Ordinal))
            add($"{at}.modality", $"'{modality.Modality}' is not a modality this lab simulates; use one of {string.Join(", ", ModalityDeviceOptions.SupportedModalities)}");
        add($"{at}.aeTitle", AeTitleRule.Problem(modality.EffectiveAeTitle));
        if (modality.EffectiveStationName.Length > 16)
            add($"{at}.stationName", $"'{modality.EffectiveStationName}' has {modality.EffectiveStationName.Length} characters; Station Name (0008,1010) is SH, at most 16");
        add($"{at}.port", PortRule.ListeningProblem(modality.Port));
        CheckNode($"{at}.destination", modality.Destination, add);
        CheckNode($"{at}.worklist", modality.Worklist, add);

        var acquisition = modality.Acquisition;
        if (acquisition.ImagesPerSeries is < 1 or > 2000)
            add($"{at}.acquisition.imagesPerSeries", $"{acquisition.ImagesPerSeries} is outside 1 to 2000 (leave it out for the modality's usual number)");
        if (acquisition.WorklistDaysBefore is < 0 or > 365)
            add($"{at}.acquisition.worklistDaysBefore", $"{acquisition.WorklistDaysBefore} is outside 0 to 365 days");
        if (acquisition.WorklistDaysAfter is < 0 or > 365)
            add($"{at}.acquisition.worklistDaysAfter", $"{acquisition.WorklistDaysAfter} is outside 0 to 365 days");

        var queue = modality.SendQueue;
        if (queue.FirstRetryDelaySeconds < 1)
            add($"{at}.sendQueue.firstRetryDelaySeconds", $"{queue.FirstRetryDelaySeconds} is not a delay; use at least 1 second");
        if (queue.MaxRetryDelaySeconds < queue.FirstRetryDelaySeconds)
            add($"{at}.sendQueue.maxRetryDelaySeconds", $"{queue.MaxRetryDelaySeconds} is shorter than the first retry delay ({queue.FirstRetryDelaySeconds} s)");
        if (queue.MaxAttempts < 0)
            add($"{at}.sendQueue.maxAttempts", $"{queue.MaxAttempts} is negative; use 0 to retry for ever, or the number of attempts");
        if (queue.ConnectTimeoutSeconds is < 1 or > 300)
            add($"{at}.sendQueue.connectTimeoutSeconds", $"{queue.ConnectTimeoutSeconds} is outside 1 to 300 seconds");
    }

    private static void CheckNode(string at, DicomNodeOptions? node, Action<string, string?> add)
    {
        if (node is null) return;
        if (node.Host is not null) add($"{at}.host", PortRule.HostProblem(node.Host));
        if (node.Port is { } port) add($"{at}.port", PortRule.RemoteProblem(port));
        if (node.AeTitle is not null) add($"{at}.aeTitle", AeTitleRule.Problem(node.AeTitle));
    }

    private static void CheckUniqueAeTitles(DepartmentOptions options, Action<string, string?> add)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, title) in Listeners(options).Select(l => (l.Field.Replace(".port", ".aeTitle", StringComparison.Ordinal), l.AeTitle)))
        {
            var trimmed = title.Trim();
            if (trimmed.Length == 0) continue;
            if (seen.TryGetValue(trimmed, out var first))
                add(field, $"the AE title '{trimmed}' is already used by {first}; every device needs its own AE title");
            else seen[trimmed] = field;
        }
    }

    private static void CheckUniquePorts(DepartmentOptions options, Action<string, string?> add)
    {
        var seen = new Dictionary<int, string>();
        foreach (var (field, _, port) in Listeners(options))
        {
            if (port == 0) continue;
            if (seen.TryGetValue(port, out var first))
                add(field, $"port {port.ToString(CultureInfo.InvariantCulture)} is already used by {first}; two devices cannot listen on one port (use another, or 0 to pick a free one)");
            else seen[port] = field;
        }
    }

    /// <summary>Everything that listens on this machine, with the field of its port.</summary>
    private static IEnumerable<(string Field, string AeTitle, int Port)> Listeners(DepartmentOptions options)
    {
        yield return ("pacs.port", options.Pacs.AeTitle ?? "", options.Pacs.Port);
        yield return ("ris.port", options.Ris.AeTitle ?? "", options.Ris.Port);
        yield return ("workstation.port", options.Workstation.AeTitle ?? "", options.Workstation.Port);
        for (var i = 0; i < options.Modalities.Count; i++)
        {
            var modality = options.Modalities[i];
            var at = string.IsNullOrWhiteSpace(modality.Name) ? $"modalities[{i}]" : $"modalities[{modality.Name}]";
            yield return ($"{at}.port", modality.EffectiveAeTitle ?? "", modality.Port);
        }
    }
}
