using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Corrections;

/// <summary>
/// Everything a failed correction must leave as it was: every index row (as JSON), every archived file with a hash
/// of its bytes, and the incoming folder.
/// </summary>
public sealed record ArchiveState(string Index, IReadOnlyList<string> Files, IReadOnlyList<string> Incoming)
{
    public static async Task<ArchiveState> CaptureAsync(PacsTestBed bed)
    {
        var index = await bed.QueryAsync(async db => JsonSerializer.Serialize(new
        {
            Patients = await db.Patients.OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.PatientId, p.IssuerOfPatientId, p.PatientName, p.PatientBirthDate, p.PatientSex, p.CreatedAt }).ToListAsync(),
            Studies = await db.Studies.OrderBy(s => s.Id)
                .Select(s => new
                {
                    s.Id, s.PatientKey, s.StudyInstanceUid, s.StudyDate, s.StudyTime, s.AccessionNumber, s.StudyId, s.StudyDescription,
                    s.ReferringPhysicianName, s.ModalitiesInStudy, s.NumberOfSeries, s.NumberOfInstances, s.SizeBytes,
                    s.PatientIdentityConflict, s.DeletedAt, s.CreatedAt, s.UpdatedAt,
                }).ToListAsync(),
            Series = await db.Series.OrderBy(s => s.Id)
                .Select(s => new { s.Id, s.StudyKey, s.SeriesInstanceUid, s.Modality, s.NumberOfInstances }).ToListAsync(),
            Instances = await db.Instances.OrderBy(i => i.Id)
                .Select(i => new { i.Id, i.SeriesKey, i.SopInstanceUid, i.FilePath, i.SizeBytes, i.ContentHash, i.PatientIdInFile }).ToListAsync(),
            Audit = await db.AuditLog.OrderBy(a => a.Id).Select(a => new { a.Id, a.Action }).ToListAsync(),
        }));
        var files = bed.ArchivedFiles().Order(StringComparer.Ordinal)
            .Select(f => $"{f} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(bed.Archive.FullPath(f))))}")
            .ToList();
        return new ArchiveState(index, files, bed.IncomingFiles());
    }

    /// <summary>Asserts nothing changed, field by field, so a failure says what.</summary>
    public void AssertUnchanged(ArchiveState after)
    {
        Assert.Equal(Index, after.Index);
        Assert.Equal(Files, after.Files);
        Assert.Empty(after.Incoming);
    }
}
