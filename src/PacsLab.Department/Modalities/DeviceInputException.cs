using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>What the operator entered cannot be used; nothing was changed. <see cref="Errors"/> names each field.</summary>
public sealed class DeviceInputException(string what, IReadOnlyList<ConfigurationError> errors)
    : Exception($"{what}:{string.Concat(errors.Select(e => $" {e}."))}")
{
    public IReadOnlyList<ConfigurationError> Errors { get; } = errors;
}
