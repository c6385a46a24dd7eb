using PacsLab.Department.Modalities;
using PacsLab.Department.Workstation;

namespace PacsLab.Department.Hosting;

/// <summary>The lab's devices by name, for the REST API and the acquisition trickle; disposing it disposes them.</summary>
public sealed class DepartmentDevices(IReadOnlyList<ModalityDevice> modalities, ReadingWorkstation workstation) : IAsyncDisposable
{
    public IReadOnlyList<ModalityDevice> Modalities { get; } = modalities;
    public ReadingWorkstation Workstation { get; } = workstation;

    public ModalityDevice? FindModality(string name) =>
        Modalities.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        foreach (var modality in Modalities) await modality.DisposeAsync().ConfigureAwait(false);
        await Workstation.DisposeAsync().ConfigureAwait(false);
    }
}
