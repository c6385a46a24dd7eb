using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PacsLab.Pacs.Index;

/// <summary>The PACS index: the patient/study/series/instance hierarchy, the AE table, the association and audit logs.</summary>
public sealed class PacsIndexContext(DbContextOptions<PacsIndexContext> options) : DbContext(options)
{
    public DbSet<PatientRecord> Patients => Set<PatientRecord>();
    public DbSet<StudyRecord> Studies => Set<StudyRecord>();
    public DbSet<SeriesRecord> Series => Set<SeriesRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<RemoteAeRecord> RemoteAes => Set<RemoteAeRecord>();
    public DbSet<AssociationLogRecord> AssociationLog => Set<AssociationLogRecord>();
    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();
    public DbSet<PacsSettingsRecord> Settings => Set<PacsSettingsRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time type: stored as sortable integers, so the logs can be filtered and ordered in SQL.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PatientRecord>(e =>
        {
            e.ToTable("Patients");
            e.HasIndex(p => new { p.PatientId, p.IssuerOfPatientId }).IsUnique();
            e.HasIndex(p => p.PatientName);
            e.HasMany(p => p.Studies).WithOne(s => s.Patient).HasForeignKey(s => s.PatientKey).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StudyRecord>(e =>
        {
            e.ToTable("Studies");
            e.HasIndex(s => s.StudyInstanceUid).IsUnique();
            e.HasIndex(s => s.StudyDate);
            e.HasIndex(s => s.AccessionNumber);
            e.HasIndex(s => s.PatientKey);
            e.HasMany(s => s.Series).WithOne(s => s.Study).HasForeignKey(s => s.StudyKey).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SeriesRecord>(e =>
        {
            e.ToTable("Series");
            e.HasIndex(s => s.SeriesInstanceUid).IsUnique();
            e.HasIndex(s => s.StudyKey);
            e.HasMany(s => s.Instances).WithOne(i => i.Series).HasForeignKey(i => i.SeriesKey).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<InstanceRecord>(e =>
        {
            e.ToTable("Instances");
            e.HasIndex(i => i.SopInstanceUid).IsUnique();
            e.HasIndex(i => i.SeriesKey);
        });
        modelBuilder.Entity<RemoteAeRecord>(e =>
        {
            e.ToTable("RemoteAes");
            e.HasIndex(a => a.AeTitle).IsUnique();
        });
        modelBuilder.Entity<AssociationLogRecord>(e =>
        {
            e.ToTable("AssociationLog");
            e.HasIndex(a => a.StartedAt);
            e.HasIndex(a => a.CallingAeTitle);
        });
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable("AuditLog");
            e.HasIndex(a => a.At);
        });
        modelBuilder.Entity<PacsSettingsRecord>(e => e.ToTable("Settings"));
    }
}
