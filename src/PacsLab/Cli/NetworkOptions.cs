using System.CommandLine;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Cli;

/// <summary>
/// The options every network command shares, spelled as DCMTK's tools spell them (echoscu, storescu):
/// -aet, -aec, -to, -ta, -td, then HOST and PORT.
/// </summary>
internal sealed class NetworkOptions
{
    public const string DefaultCallingAeTitle = "PACSLAB_SCU";
    public const string DefaultCalledAeTitle = "ANY-SCP";

    public Option<string> CallingAeTitle { get; } = AeTitleOption("-aet", "--aetitle", DefaultCallingAeTitle,
        "The AE title this side calls itself (the calling AE title).");

    public Option<string> CalledAeTitle { get; } = AeTitleOption("-aec", "--call", DefaultCalledAeTitle,
        "The AE title of the peer to reach (the called AE title); PacsLab's PACS is PACSLAB.");

    public Option<int> ConnectTimeout { get; } = SecondsOption("-to", "--timeout", 10, "Seconds to wait for the TCP connection.");

    public Option<int> AcseTimeout { get; } = SecondsOption("-ta", "--acse-timeout", (int)AssociationOptions.Default.ArtimTimeout.TotalSeconds,
        "Seconds to wait for the peer to accept or release the association (ARTIM timer, PS3.8 9.1.5).");

    public Option<int> DimseTimeout { get; } = SecondsOption("-td", "--dimse-timeout", (int)AssociationOptions.Default.DimseTimeout.TotalSeconds,
        "Seconds to wait for each DIMSE response.");

    public Argument<string> Host { get; } = new("HOST") { Description = "The peer's host name or IP address." };

    public Argument<int> Port { get; } = PortArgument();

    /// <summary>Adds the options, then HOST and PORT; a command's own arguments go after these.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { CallingAeTitle, CalledAeTitle, ConnectTimeout, AcseTimeout, DimseTimeout })
            command.Options.Add(option);
        command.Arguments.Add(Host);
        command.Arguments.Add(Port);
    }

    public DicomClientOptions ClientOptions(ParseResult parseResult) => new()
    {
        Host = parseResult.GetValue(Host)!,
        Port = parseResult.GetValue(Port),
        CallingAeTitle = parseResult.GetValue(CallingAeTitle)!,
        CalledAeTitle = parseResult.GetValue(CalledAeTitle)!,
        ConnectTimeout = TimeSpan.FromSeconds(parseResult.GetValue(ConnectTimeout)),
        Association = AssociationOptions.Default with
        {
            ArtimTimeout = TimeSpan.FromSeconds(parseResult.GetValue(AcseTimeout)),
            DimseTimeout = TimeSpan.FromSeconds(parseResult.GetValue(DimseTimeout)),
        },
    };

    private static Option<string> AeTitleOption(string name, string alias, string defaultValue, string description)
    {
        var option = new Option<string>(name, alias)
        {
            Description = $"{description} Default: {defaultValue}.",
            HelpName = "aetitle",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            var title = result.GetValueOrDefault<string>() ?? "";
            if (AeTitle.FindProblem(title) is { } problem)
                result.AddError($"{name} '{title}' {problem}: an AE title has 1 to 16 characters, letters, digits, spaces and punctuation except backslash (PS3.5 Table 6.2-1, AE).");
        });
        return option;
    }

    private static Option<int> SecondsOption(string name, string alias, int defaultValue, string description)
    {
        var option = new Option<int>(name, alias)
        {
            Description = $"{description} Default: {defaultValue}.",
            HelpName = "seconds",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = NumberInRange.Parser(name, 1, 3600),
        };
        return option;
    }

    private static Argument<int> PortArgument() => new("PORT")
    {
        Description = "The peer's TCP port (DICOM's registered port is 104; PacsLab's PACS listens on 11112).",
        CustomParser = NumberInRange.Parser("PORT", 1, 65535),
    };
}
