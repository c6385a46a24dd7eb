namespace PacsLab.Pacs.Store;

/// <summary>Raised inside the index transaction when the instance must be refused after all; carries the answer.</summary>
internal sealed class StoreRefusedException(StoreOutcome outcome) : Exception(outcome.Comment)
{
    public StoreOutcome Outcome { get; } = outcome;
}
