namespace PacsLab.Department.Modalities;

/// <summary>One attempt in a job's history: when, to whom, as whom, how many images went through, and the outcome.</summary>
public sealed record SendAttemptRecord(
    int Number,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string Destination,
    string CallingAeTitle,
    int Delivered,
    int Failed,
    string Outcome);
