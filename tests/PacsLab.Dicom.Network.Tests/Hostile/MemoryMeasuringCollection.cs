namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>
/// Tests that measure the process's allocations or heap: GC counters are process-wide, so these run alone,
/// after the parallel tests.
/// </summary>
[CollectionDefinition(nameof(MemoryMeasuringCollection), DisableParallelization = true)]
public sealed class MemoryMeasuringCollection;
