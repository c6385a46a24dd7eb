namespace PacsLab.Cli;

/// <summary>
/// Reports on the caller's thread, in order. Progress&lt;T&gt; posts to the thread pool, so its lines could come
/// after the final status line, or not at all before the command returns.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
