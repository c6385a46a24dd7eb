using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PacsLab.Pacs.Index;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the PACS (see tools/README.md).</summary>
internal sealed class DesignTimeIndexContextFactory : IDesignTimeDbContextFactory<PacsIndexContext>
{
    public PacsIndexContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PacsIndexContext>();
        builder.UseSqlite("Data Source=design-time.db");
        return new PacsIndexContext(builder.Options);
    }
}
