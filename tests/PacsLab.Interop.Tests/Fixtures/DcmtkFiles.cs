using PacsLab.TestKit;

namespace PacsLab.Interop.Tests;

/// <summary>
/// Files made by DCMTK, created on first use in a temp folder shared by one test class:
/// <list type="bullet">
/// <item><c>dump2dcm</c>: Peers/dcmtk_source.dump (every common VR, nested sequences, a private block, UTF-8) as explicit VR LE.</item>
/// <item><c>dcmconv+ti</c>, <c>+te</c>, <c>+tb</c>, <c>+td</c>: that file converted to implicit LE, explicit LE, explicit BE, deflated.</item>
/// <item><c>dcmconv+te-e</c>: explicit LE with undefined-length sequences and items.</item>
/// <item><c>img2dcm</c>: a 64x48 RGB BMP as Secondary Capture; <c>dcmcjpeg</c>: that image JPEG lossless in 1 KB fragments;
/// <c>dcmcrle</c>: RLE lossless.</item>
/// </list>
/// </summary>
public sealed class DcmtkFiles : IDisposable
{
    public static readonly string[] Names =
        ["dump2dcm", "dcmconv+ti", "dcmconv+te", "dcmconv+tb", "dcmconv+td", "dcmconv+te-e", "img2dcm", "dcmcjpeg", "dcmcrle"];

    private readonly TempDirectory _directory = new("pacslab-dcmtk");
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, string> _made = [];

    /// <summary>The path of the named file, making it (and what it is made from) first if needed.</summary>
    public async Task<string> GetAsync(string name)
    {
        await _lock.WaitAsync().ConfigureAwait(false);
        try
        {
            return await MakeAsync(name).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<string> MakeAsync(string name)
    {
        if (_made.TryGetValue(name, out var existing)) return existing;
        var output = _directory.File(name.Replace('+', '_') + ".dcm");
        switch (name)
        {
            case "dump2dcm":
                await Peers.RunCheckedAsync(Peers.Dump2Dcm(), "+te", Path.Combine(AppContext.BaseDirectory, "Peers", "dcmtk_source.dump"), output).ConfigureAwait(false);
                break;
            case "dcmconv+te-e":
                await Peers.RunCheckedAsync(Peers.DcmConv(), "+te", "-e", await MakeAsync("dump2dcm").ConfigureAwait(false), output).ConfigureAwait(false);
                break;
            case { } when name.StartsWith("dcmconv", StringComparison.Ordinal):
                await Peers.RunCheckedAsync(Peers.DcmConv(), name["dcmconv".Length..], await MakeAsync("dump2dcm").ConfigureAwait(false), output).ConfigureAwait(false);
                break;
            case "img2dcm":
                var bmp = _directory.File("gradient.bmp");
                await File.WriteAllBytesAsync(bmp, BmpImage.Gradient(64, 48)).ConfigureAwait(false);
                await Peers.RunCheckedAsync(Peers.Img2Dcm(), "-i", "BMP", bmp, output).ConfigureAwait(false);
                break;
            case "dcmcjpeg":
                await Peers.RunCheckedAsync(Peers.DcmCJpeg(), "+fs", "1", await MakeAsync("img2dcm").ConfigureAwait(false), output).ConfigureAwait(false);
                break;
            case "dcmcrle":
                await Peers.RunCheckedAsync(Peers.DcmCRle(), await MakeAsync("img2dcm").ConfigureAwait(false), output).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentException($"No DCMTK file is called {name}.", nameof(name));
        }
        _made[name] = output;
        return output;
    }

    public void Dispose()
    {
        _directory.Dispose();
        _lock.Dispose();
    }
}
