using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>The RIS's "reschedule": books an order for another station and/or day (POST /api/ris/orders/{acc}/reschedule).</summary>
public sealed class RescheduleOrderAction : IScenarioAction
{
    public string Type => "reschedule-order";
    public string Summary => "Books a RIS order for another scheduled station AE title and/or another day.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("accession", ParameterKind.Order, "the order"),
        ParameterSpec.Optional("stationAeTitle", ParameterKind.AeTitle, "the Scheduled Station AE Title it is booked for"),
        ParameterSpec.Optional("stationOf", ParameterKind.Device, "book it for this modality's AE title (as configured at start)"),
        ParameterSpec.Optional("dayOffset", ParameterKind.Integer, "the day it is booked for, from today (0: today), at 08:00"),
    ];

    public static string Path(string accession) => $"/api/ris/orders/{Uri.EscapeDataString(accession)}/reschedule";

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var station = arguments.Optional("stationAeTitle") ?? (arguments.Optional("stationOf") is { } device ? context.Device(device).EffectiveAeTitle : null);
        DateTime? start = arguments.OptionalInteger("dayOffset") is { } days
            ? DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime).AddDays(days).ToDateTime(new TimeOnly(8, 0))
            : null;
        return context.Api.PostAsync(Path(arguments.Text("accession")), new { StationAeTitle = station, ScheduledStart = start }, cancellationToken);
    }
}
