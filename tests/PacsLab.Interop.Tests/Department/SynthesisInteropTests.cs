using PacsLab.Department.Synthesis;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// Every modality's synthesized instance, at its usual size, as the reference tools see it: dciodvfy (dicom3tools)
/// finds no error against the IOD, dcmdump reads it without complaint, and pydicom decodes the pixels with the
/// expected shape.
/// </summary>
public sealed class SynthesisInteropTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-synthesis");

    public static TheoryData<string, string, string> Modalities => new()
    {
        { "CT", "CTImage", "(512, 512) int16" },
        { "MR", "MRImage", "(256, 256) uint16" },
        { "CR", "CRImage", "(2500, 2000) uint16" },
        { "DX", "DXImageForPresentation", "(2500, 2000) uint16" },
        { "US", "USImage", "(480, 640, 3) uint8" },
        { "OT", "SCImage", "(600, 800, 3) uint8" },
    };

    [SkippableTheory]
    [MemberData(nameof(Modalities))]
    public async Task Synthesize_EachModality_DciodvfyFindsNoError(string modality, string iod, string shape)
    {
        _ = shape;
        var dciodvfy = TestKit.Interop.RequirePeer("dciodvfy", "dicom3tools");
        foreach (var path in await WriteAsync(modality))
        {
            var result = await PeerProcess.RunAsync(dciodvfy, [path]);

            var listing = result.StandardOutput + result.StandardError;
            var errors = listing.Split('\n').Where(l => l.Contains("Error", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, $"dciodvfy found errors in the synthesized {modality} instance:\n{string.Join('\n', errors)}\n{result.Describe()}");
            Assert.Contains(iod, listing, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Modalities))]
    public async Task Synthesize_EachModality_DcmdumpReadsItCleanly(string modality, string iod, string shape)
    {
        _ = (iod, shape);
        var dcmdump = Peers.DcmDump();
        var path = (await WriteAsync(modality))[0];

        var result = await PeerProcess.RunAsync(dcmdump, [path]);

        Assert.True(result.Succeeded && result.StandardError.Length == 0, $"dcmdump complained about the synthesized {modality} instance:\n{result.Describe()}");
        Assert.Contains($"(0008,0060) CS [{modality}]", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("# Used TransferSyntax: Little Endian Explicit", result.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Modalities))]
    public async Task Synthesize_EachModality_PydicomDecodesPixelsWithTheExpectedShape(string modality, string iod, string shape)
    {
        _ = iod;
        var python = await TestKit.Interop.RequirePydicomAsync();
        var path = (await WriteAsync(modality))[0];

        var result = await PeerProcess.RunAsync(python,
            ["-c", "import sys, pydicom; a = pydicom.dcmread(sys.argv[1]).pixel_array; print(a.shape, a.dtype, int(a.min()) != int(a.max()))", path]);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal($"{shape} True", result.StandardOutput.Trim());
    }

    /// <summary>One image per series (two for MR: T1 and T2), written as Part 10 files.</summary>
    private async Task<IReadOnlyList<string>> WriteAsync(string modality)
    {
        var request = new StudyRequest
        {
            Modality = modality,
            Patient = new PatientDemographics("PL100003", "O'BRIEN^SEAN^PATRICK", "19580312", "M"),
            AccessionNumber = "A20001",
            StudyDescription = "INTEROP CHECK",
            ReferringPhysicianName = "HOUSE^GREGORY^^DR",
            RequestedProcedureId = "RP20001",
            ScheduledProcedureStepId = "SPS20001",
            StationName = "INTEROP",
            StationAeTitle = "INTEROP",
            AcquiredAt = new DateTime(2025, 1, 15, 9, 30, 0),
            Seed = 42,
            ImagesPerSeries = 1,
        };
        var folder = Path.Combine(_directory.Path, modality);
        var written = await StudyFolderWriter.WriteAsync(new StudySynthesizer().Synthesize(request), folder);
        return written.Select(w => Path.Combine(folder, w)).ToList();
    }

    public void Dispose() => _directory.Dispose();
}
