namespace PacsLab.Department.Configuration;

/// <summary>The department configuration cannot be used; <see cref="Errors"/> names every field that is wrong.</summary>
public sealed class DepartmentConfigurationException(string configurationSource, IReadOnlyList<ConfigurationError> errors)
    : Exception($"{configurationSource} is not usable:{string.Concat(errors.Select(e => $"{Environment.NewLine}  - {e}"))}")
{
    /// <summary>Where the configuration came from: a file path, or "the built-in department.yaml".</summary>
    public string ConfigurationSource { get; } = configurationSource;

    public IReadOnlyList<ConfigurationError> Errors { get; } = errors;
}
