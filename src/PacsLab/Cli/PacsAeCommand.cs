using System.CommandLine;
using PacsLab.Api;
using PacsLab.Pacs.Network;

namespace PacsLab.Cli;

/// <summary>
/// `pacslab pacs ae list|set|remove|echo|checks`: the AE table and the association checks of a running PACS,
/// changed through its REST API (audited as "api:cli").
/// </summary>
internal static class PacsAeCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url")
        {
            Description = "The running PACS's REST API.", DefaultValueFactory = _ => "http://127.0.0.1:8080/", Recursive = true, HelpName = "URL",
        };
        var command = new Command("ae", "Show or change the AE table of a running PACS: who may connect, and where C-MOVE sends.") { url };
        command.Subcommands.Add(List(url));
        command.Subcommands.Add(Set(url));
        command.Subcommands.Add(Remove(url));
        command.Subcommands.Add(Echo(url));
        command.Subcommands.Add(Checks(url));
        return command;
    }

    private static Command List(Option<string> url)
    {
        var command = new Command("list", "List the AE table.");
        command.SetAction((result, ct) => RunAsync(result, url, async (api, output) =>
        {
            var aes = await api.SendAsync<List<RemoteAe>>(HttpMethod.Get, "api/pacs/ae-table/", null, ct);
            if (aes.Count == 0) await output.WriteLineAsync("The AE table is empty: with the calling-AE check on, every association is rejected.");
            foreach (var ae in aes) await output.WriteLineAsync(Describe(ae));
            return 0;
        }));
        return command;
    }

    private static Command Set(Option<string> url)
    {
        var title = new Argument<string>("AE_TITLE") { Description = "The remote AE title (case-sensitive, at most 16 characters)." };
        var host = new Argument<string>("HOST") { Description = "Its address or host name." };
        var port = new Argument<int>("PORT") { Description = "Its DICOM port (used for C-MOVE and the echo test)." };
        var description = new Option<string>("--description") { Description = "A note, e.g. the room.", DefaultValueFactory = _ => "" };
        var destination = new Option<bool>("--move-destination") { Description = "C-MOVE may send to this AE." };
        var noStore = new Option<bool>("--no-store") { Description = "Refuse C-STORE from this AE." };
        var noQuery = new Option<bool>("--no-query") { Description = "Refuse C-FIND from this AE." };
        var noRetrieve = new Option<bool>("--no-retrieve") { Description = "Refuse C-MOVE and C-GET from this AE." };
        var command = new Command("set", "Add an AE to the table, or change the entry with that title.")
        {
            title, host, port, description, destination, noStore, noQuery, noRetrieve,
        };
        command.SetAction((result, ct) => RunAsync(result, url, async (api, output) =>
        {
            var ae = new RemoteAe(result.GetValue(title)!, result.GetValue(host)!, result.GetValue(port), result.GetValue(description)!,
                !result.GetValue(noStore), !result.GetValue(noQuery), !result.GetValue(noRetrieve), result.GetValue(destination));
            var saved = await api.SendAsync<RemoteAe>(HttpMethod.Put, $"api/pacs/ae-table/{Uri.EscapeDataString(ae.AeTitle)}", ae, ct);
            await output.WriteLineAsync($"saved: {Describe(saved)}");
            return 0;
        }));
        return command;
    }

    private static Command Remove(Option<string> url)
    {
        var title = new Argument<string>("AE_TITLE");
        var command = new Command("remove", "Remove an AE from the table.") { title };
        command.SetAction((result, ct) => RunAsync(result, url, async (api, output) =>
        {
            await api.SendAsync<bool>(HttpMethod.Delete, $"api/pacs/ae-table/{Uri.EscapeDataString(result.GetValue(title)!)}", null, ct);
            await output.WriteLineAsync($"removed {result.GetValue(title)}");
            return 0;
        }));
        return command;
    }

    private static Command Echo(Option<string> url)
    {
        var title = new Argument<string>("AE_TITLE");
        var command = new Command("echo", "Have the PACS send C-ECHO to an AE of its table, with the address and port the table holds.") { title };
        command.SetAction((result, ct) => RunAsync(result, url, async (api, output) =>
        {
            var check = await api.SendAsync<EchoCheck>(HttpMethod.Post, $"api/pacs/ae-table/{Uri.EscapeDataString(result.GetValue(title)!)}/echo", null, ct);
            await output.WriteLineAsync($"{(check.Success ? "ok" : "FAILED")} ({check.DurationMs} ms): {check.Message}");
            return check.Success ? 0 : 1;
        }));
        return command;
    }

    private static Command Checks(Option<string> url)
    {
        var called = new Option<bool?>("--called") { Description = "Check that callers use the PACS's own AE title (on/off)." };
        var calling = new Option<bool?>("--calling") { Description = "Accept only calling AE titles in the table (on/off)." };
        var host = new Option<bool?>("--host") { Description = "Accept a known AE only from the host the table gives (on/off)." };
        var command = new Command("checks", "Show the association checks, or switch them with --called/--calling/--host true|false.") { called, calling, host };
        command.SetAction((result, ct) => RunAsync(result, url, async (api, output) =>
        {
            var change = new AssociationChecks(result.GetValue(called), result.GetValue(calling), result.GetValue(host));
            var checks = change is { CheckCalledAeTitle: null, CheckCallingAeTitle: null, CheckPeerHost: null }
                ? await api.SendAsync<AssociationChecks>(HttpMethod.Get, "api/pacs/association-checks", null, ct)
                : await api.SendAsync<AssociationChecks>(HttpMethod.Put, "api/pacs/association-checks", change, ct);
            await output.WriteLineAsync($"called AE title check: {OnOff(checks.CheckCalledAeTitle)}; calling AE title check: {OnOff(checks.CheckCallingAeTitle)}; peer host check: {OnOff(checks.CheckPeerHost)}");
            return 0;
        }));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, Option<string> url, Func<PacsApiClient, TextWriter, Task<int>> action)
    {
        if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"pacslab pacs ae: --url '{result.GetValue(url)}' is not an http address such as http://127.0.0.1:8080/");
            return 2;
        }
        using var api = new PacsApiClient(address);
        try
        {
            return await action(api, result.InvocationConfiguration.Output);
        }
        catch (PacsApiException ex)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"pacslab pacs ae: {ex.Message}");
            return 1;
        }
    }

    private static string Describe(RemoteAe ae)
    {
        var may = string.Join(", ", new[] { ae.MayStore ? "store" : null, ae.MayQuery ? "query" : null, ae.MayRetrieve ? "retrieve" : null }.OfType<string>());
        return $"{ae.AeTitle,-16} {ae.Host}:{ae.Port}  may {(may.Length == 0 ? "nothing" : may)}{(ae.IsMoveDestination ? "; move destination" : "")}" +
               (ae.Description.Length > 0 ? $"  ({ae.Description})" : "");
    }

    private static string OnOff(bool? on) => on is true ? "on" : "off";
}
