namespace PacsLab.Dicom.Network.Dimse;

/// <summary>A complete received DIMSE message: its command set and, when it has one, its data set.</summary>
public sealed record DimseMessage(byte PresentationContextId, DimseCommand Command, IncomingDataSet? DataSet) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => DataSet?.DisposeAsync() ?? ValueTask.CompletedTask;
}
