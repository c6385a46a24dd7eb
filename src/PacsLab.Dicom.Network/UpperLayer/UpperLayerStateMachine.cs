namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>
/// The PS3.8 section 9.2 state machine of one association: holds the current state, and for each event looks
/// up the action in <see cref="StateTransitionTable"/> and returns its effects for the engine to apply.
/// Pure: no sockets, no timers. Not thread-safe: feed it events from one place (the association's loop).
/// </summary>
public sealed class UpperLayerStateMachine(AssociationState initial = AssociationState.Sta1)
{
    public AssociationState State { get; private set; } = initial;

    /// <summary>
    /// Takes one step. An event with no action in this state is a protocol error handled by
    /// <see cref="StateTransitionTable.ProtocolErrorAction"/>; it never throws.
    /// </summary>
    public StepResult Step(UpperLayerEvent evt, StepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var defined = StateTransitionTable.TryGetAction(evt, State, out var action);
        if (!defined)
            action = StateTransitionTable.ProtocolErrorAction(State);

        var (next, effects) = UpperLayerActionDefinitions.Perform(action, evt, context);
        var result = new StepResult(next, action, effects)
        {
            From = State,
            Event = evt,
            IsUndefinedTransition = !defined,
        };
        State = next;
        return result;
    }
}
