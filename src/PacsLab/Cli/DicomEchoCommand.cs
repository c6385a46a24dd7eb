using System.CommandLine;
using System.Diagnostics;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Cli;

/// <summary>`pacslab dicom echo HOST PORT`: a C-ECHO (Verification, PS3.4 Annex A), like DCMTK's echoscu.</summary>
internal static class DicomEchoCommand
{
    public static Command Create()
    {
        var network = new NetworkOptions();
        var repeat = new Option<int>("--repeat")
        {
            Description = "Send this many C-ECHO requests, one after the other on the same association.",
            HelpName = "count",
            DefaultValueFactory = _ => 1,
            CustomParser = NumberInRange.Parser("--repeat", 1, 10000),
        };
        var command = new Command("echo",
            "Check that a DICOM peer answers: open an association, send C-ECHO (Verification), release. Like DCMTK's echoscu.");
        network.AddTo(command);
        command.Options.Add(repeat);
        command.SetAction((parseResult, cancellationToken) => RunAsync(network.ClientOptions(parseResult), parseResult.GetValue(repeat),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(DicomClientOptions options, int repeat, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = $"{options.CalledAeTitle} at {options.Host}:{options.Port}";
        // Implicit VR Little Endian is the one syntax every peer must accept (PS3.5 10.1), and what echoscu proposes.
        var proposals = DicomClient.Proposals([(DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid])]);
        var allSucceeded = true;
        try
        {
            await using var client = await DicomClient.ConnectAsync(options, proposals, cancellationToken).ConfigureAwait(false);
            for (var i = 1; i <= repeat; i++)
            {
                var watch = Stopwatch.StartNew();
                var response = await client.EchoAsync(cancellationToken).ConfigureAwait(false);
                var count = repeat > 1 ? $" {i} of {repeat}" : "";
                var comment = response.ErrorComment is { Length: > 0 } text ? $"; the peer says: \"{text}\"" : "";
                await output.WriteLineAsync(
                    $"C-ECHO{count} to {target}: {response.Status.Describe(DimseCommandField.CEchoRsp)} (status {response.Status}) " +
                    $"in {watch.ElapsedMilliseconds} ms{comment}").ConfigureAwait(false);
                allSucceeded &= response.Status.IsSuccess;
            }
            await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (NetworkErrorMessage.For(options, ex) is { } message)
        {
            await error.WriteLineAsync($"C-ECHO to {target} as {options.CallingAeTitle} failed: {message}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("C-ECHO cancelled.").ConfigureAwait(false);
            return 130;
        }
        return allSucceeded ? 0 : 1;
    }
}
