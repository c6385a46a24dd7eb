namespace PacsLab.Department.Synthesis;

/// <summary>
/// A small pseudo-random generator (SplitMix64) whose sequence depends only on its seed, on every platform and
/// .NET version: System.Random promises no such thing, and committed sample files must not change under it.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(ulong seed) => _state = seed;

    /// <summary>A generator for one part of the work (a slice, a row), independent of the order parts are made in.</summary>
    public static SeededRandom For(int seed, params ReadOnlySpan<int> path)
    {
        var state = Mix(0x5DEECE66DUL ^ (ulong)(uint)seed);
        foreach (var part in path) state = Mix(state ^ (ulong)(uint)part * 0x9E3779B97F4A7C15UL);
        return new SeededRandom(state);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [minimum, maximum).</summary>
    public double NextDouble(double minimum, double maximum) => minimum + (maximum - minimum) * NextDouble();

    /// <summary>Uniform in [minimum, maximum).</summary>
    public int NextInt(int minimum, int maximum) => minimum + (int)(NextDouble() * (maximum - minimum));

    /// <summary>
    /// Roughly normal with mean 0 and standard deviation 1: the sum of four uniforms, scaled. Cheap enough to call
    /// once per pixel, and close enough to Gaussian for image noise.
    /// </summary>
    public float NextNoise()
    {
        var bits = NextUInt64();
        var sum = (bits & 0xFFFF) + ((bits >> 16) & 0xFFFF) + ((bits >> 32) & 0xFFFF) + (bits >> 48);
        return (float)((sum - 2 * 65535.0) * (1.7320508 / 65535.0));
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
