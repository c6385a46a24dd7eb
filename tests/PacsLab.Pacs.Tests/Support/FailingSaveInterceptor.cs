using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PacsLab.Pacs.Tests.Support;

/// <summary>Makes the next index commit fail, to prove a failure part-way leaves the previous state.</summary>
public sealed class FailingSaveInterceptor : SaveChangesInterceptor
{
    public bool FailNextSave { get; set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (FailNextSave)
        {
            FailNextSave = false;
            throw new DbUpdateException("forced index failure (test)");
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
