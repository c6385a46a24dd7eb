namespace PacsLab.Department.Hosting;

/// <summary>The steady flow of acquisitions that keeps the lab's department busy (section "Lab:Trickle").</summary>
public sealed class TrickleOptions
{
    public const string Section = "Lab:Trickle";

    /// <summary>Seconds between two acquisitions (each by the next modality in turn); 0 turns the trickle off.</summary>
    public int IntervalSeconds { get; set; } = 30;
}
