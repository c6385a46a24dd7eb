using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>Which scheduled procedure steps to ask for: the days of their start date, both ends included.</summary>
public sealed record WorklistQuery(DateOnly From, DateOnly To)
{
    /// <summary>Today (local time), widened by the modality's worklistDaysBefore / worklistDaysAfter.</summary>
    public static WorklistQuery Around(DateOnly today, AcquisitionOptions acquisition) =>
        new(today.AddDays(-acquisition.WorklistDaysBefore), today.AddDays(acquisition.WorklistDaysAfter));

    public override string ToString() => From == To ? $"{From:yyyy-MM-dd}" : $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
