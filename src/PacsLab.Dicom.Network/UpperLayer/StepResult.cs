namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>The outcome of one state machine step: the action taken, the state entered and the effects to apply.</summary>
public sealed record StepResult(AssociationState Next, UpperLayerAction Action, IReadOnlyList<UpperLayerEffect> Effects)
{
    public AssociationState From { get; init; }

    public UpperLayerEvent Event { get; init; }

    /// <summary>
    /// PS3.8 Table 9-10 lists no action for this event in this state; the action is PacsLab's protocol-error
    /// fallback (<see cref="StateTransitionTable.ProtocolErrorAction"/>).
    /// </summary>
    public bool IsUndefinedTransition { get; init; }

    /// <summary>The transition as the standard writes it, e.g. "Sta6 + Evt12 -> AR-2 -> Sta8".</summary>
    public override string ToString() =>
        $"{From.ToStandardName()} + {Event.ToStandardName()} -> {Action.ToStandardName()} -> {Next.ToStandardName()}"
        + (IsUndefinedTransition ? " (no action defined for this event in this state)" : "");
}
