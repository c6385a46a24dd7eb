using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Network;

/// <summary>
/// A JPEG baseline (1.2.840.10008.1.2.4.50) Secondary Capture file made by DCMTK: a 64x48 RGB BMP through
/// <c>img2dcm</c>, then <c>dcmcjpeg +eb</c>. Made once per test class, in a temp folder.
/// </summary>
public sealed class JpegBaselineFile : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-jpeg");
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _path;

    public async Task<string> GetAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (_path is not null) return _path;
            var bmp = _directory.File("gradient.bmp");
            var uncompressed = _directory.File("img2dcm.dcm");
            var jpeg = _directory.File("baseline.dcm");
            await File.WriteAllBytesAsync(bmp, BmpImage.Gradient(64, 48));
            await Peers.RunCheckedAsync(Peers.Img2Dcm(), "-i", "BMP", bmp, uncompressed);
            await Peers.RunCheckedAsync(Peers.DcmCJpeg(), "+eb", uncompressed, jpeg);
            return _path = jpeg;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose()
    {
        _directory.Dispose();
        _lock.Dispose();
    }
}
