namespace PacsLab.Scenarios.Lab;

/// <summary>A running lab of a scenario workspace: where its REST API is; disposing it stops it.</summary>
public interface ILabInstance : IAsyncDisposable
{
    Uri ApiAddress { get; }

    /// <summary>Completes when the lab has stopped (Ctrl+C, or a stop through the REST API).</summary>
    Task Stopped { get; }

    Task StopAsync(CancellationToken cancellationToken);
}
