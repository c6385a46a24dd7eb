using PacsLab.Dicom.Network.UpperLayer;

namespace PacsLab.Dicom.Network.Tests.UpperLayer;

public class StateTransitionTableTests
{
    // PS3.8 Table 9-10 transcribed: one row per event, columns Sta1..Sta13, "." where the standard lists no action.
    private static readonly string[] Table9_10 =
    [
        "Evt1  AE-1 .    .    .    .    .    .    .    .    .     .    .    .   ",
        "Evt2  .    .    .    AE-2 .    .    .    .    .    .     .    .    .   ",
        "Evt3  .    AA-1 AA-8 .    AE-3 AA-8 AA-8 AA-8 AA-8 AA-8  AA-8 AA-8 AA-6",
        "Evt4  .    AA-1 AA-8 .    AE-4 AA-8 AA-8 AA-8 AA-8 AA-8  AA-8 AA-8 AA-6",
        "Evt5  AE-5 .    .    .    .    .    .    .    .    .     .    .    .   ",
        "Evt6  .    AE-6 AA-8 .    AA-8 AA-8 AA-8 AA-8 AA-8 AA-8  AA-8 AA-8 AA-7",
        "Evt7  .    .    AE-7 .    .    .    .    .    .    .     .    .    .   ",
        "Evt8  .    .    AE-8 .    .    .    .    .    .    .     .    .    .   ",
        "Evt9  .    .    .    .    .    DT-1 .    AR-7 .    .     .    .    .   ",
        "Evt10 .    AA-1 AA-8 .    AA-8 DT-2 AR-6 AA-8 AA-8 AA-8  AA-8 AA-8 AA-6",
        "Evt11 .    .    .    .    .    AR-1 .    .    .    .     .    .    .   ",
        "Evt12 .    AA-1 AA-8 .    AA-8 AR-2 AR-8 AA-8 AA-8 AA-8  AA-8 AA-8 AA-6",
        "Evt13 .    AA-1 AA-8 .    AA-8 AA-8 AR-3 AA-8 AA-8 AR-10 AR-3 AA-8 AA-6",
        "Evt14 .    .    .    .    .    .    .    AR-4 AR-9 .     .    AR-4 .   ",
        "Evt15 .    .    AA-1 AA-2 AA-1 AA-1 AA-1 AA-1 AA-1 AA-1  AA-1 AA-1 .   ",
        "Evt16 .    AA-2 AA-3 .    AA-3 AA-3 AA-3 AA-3 AA-3 AA-3  AA-3 AA-3 AA-2",
        "Evt17 .    AA-5 AA-4 AA-4 AA-4 AA-4 AA-4 AA-4 AA-4 AA-4  AA-4 AA-4 AR-5",
        "Evt18 .    AA-2 .    .    .    .    .    .    .    .     .    .    AA-2",
        "Evt19 .    AA-1 AA-8 .    AA-8 AA-8 AA-8 AA-8 AA-8 AA-8  AA-8 AA-8 AA-7",
    ];

    // PS3.8 Tables 9-6 to 9-9: next state of each action; "a|b" = (requestor, acceptable) | (acceptor, not acceptable).
    private static readonly Dictionary<string, string> NextState = new()
    {
        ["AE-1"] = "Sta4", ["AE-2"] = "Sta5", ["AE-3"] = "Sta6", ["AE-4"] = "Sta1", ["AE-5"] = "Sta2",
        ["AE-6"] = "Sta3|Sta13", ["AE-7"] = "Sta6", ["AE-8"] = "Sta13",
        ["DT-1"] = "Sta6", ["DT-2"] = "Sta6",
        ["AR-1"] = "Sta7", ["AR-2"] = "Sta8", ["AR-3"] = "Sta1", ["AR-4"] = "Sta13", ["AR-5"] = "Sta1",
        ["AR-6"] = "Sta7", ["AR-7"] = "Sta8", ["AR-8"] = "Sta9|Sta10", ["AR-9"] = "Sta11", ["AR-10"] = "Sta12",
        ["AA-1"] = "Sta13", ["AA-2"] = "Sta1", ["AA-3"] = "Sta1", ["AA-4"] = "Sta1", ["AA-5"] = "Sta1",
        ["AA-6"] = "Sta13", ["AA-7"] = "Sta13", ["AA-8"] = "Sta13",
    };

    // PacsLab's choice for the empty cells (see StateTransitionTable.ProtocolErrorAction).
    private static string ExpectedProtocolErrorAction(int state) => state switch
    {
        1 => "AA-5",
        4 => "AA-2",
        13 => "AA-6",
        _ => "AA-8",
    };

    private static readonly StepContext RequestorAcceptable = new() { IsRequestor = true, AssociateRequestAcceptable = true };
    private static readonly StepContext AcceptorNotAcceptable = new() { IsRequestor = false, AssociateRequestAcceptable = false };

    private static string? Expected(UpperLayerEvent evt, AssociationState state)
    {
        var cells = Table9_10[(int)evt - 1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(evt.ToStandardName(), cells[0]);
        Assert.Equal(14, cells.Length);
        var cell = cells[(int)state];
        return cell == "." ? null : cell;
    }

    public static TheoryData<UpperLayerEvent, AssociationState> AllPairs()
    {
        var data = new TheoryData<UpperLayerEvent, AssociationState>();
        foreach (var evt in Enum.GetValues<UpperLayerEvent>())
            foreach (var state in Enum.GetValues<AssociationState>())
                data.Add(evt, state);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Step_EveryEventInEveryState_TakesTheTable9_10ActionAndNextState(UpperLayerEvent evt, AssociationState state)
    {
        var expected = Expected(evt, state);

        Assert.Equal(expected is not null, StateTransitionTable.TryGetAction(evt, state, out var tableAction));
        if (expected is not null)
            Assert.Equal(expected, tableAction.ToStandardName());

        var expectedAction = expected ?? ExpectedProtocolErrorAction((int)state);
        var nextStates = NextState[expectedAction].Split('|');
        var contexts = new[] { RequestorAcceptable, AcceptorNotAcceptable };
        for (var i = 0; i < contexts.Length; i++)
        {
            var machine = new UpperLayerStateMachine(state);
            var result = machine.Step(evt, contexts[i]);

            Assert.Equal(expectedAction, result.Action.ToStandardName());
            Assert.Equal(nextStates[Math.Min(i, nextStates.Length - 1)], result.Next.ToStandardName());
            Assert.Equal(result.Next, machine.State);
            Assert.Equal(expected is null, result.IsUndefinedTransition);
            Assert.Equal(state, result.From);
            Assert.Equal(evt, result.Event);
        }
    }

    [Fact]
    public void Cells_HoldExactlyTheActionsOfTable9_10()
    {
        var expectedCount = Table9_10.Sum(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Count(c => c != "."));
        Assert.Equal(123, expectedCount);
        Assert.Equal(expectedCount, StateTransitionTable.Cells.Count);
    }

    [Fact]
    public void Actions_EveryActionOfTheStandardAppearsInTheTable()
    {
        var used = StateTransitionTable.Cells.Values.ToHashSet();
        Assert.All(Enum.GetValues<UpperLayerAction>(), action => Assert.Contains(action, used));
        Assert.Equal(28, Enum.GetValues<UpperLayerAction>().Length);
    }
}
