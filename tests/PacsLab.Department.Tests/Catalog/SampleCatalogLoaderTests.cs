using PacsLab.Department.Catalog;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Catalog;

public sealed class SampleCatalogLoaderTests : IDisposable
{
    private readonly TempDirectory _folder = new("pacslab-catalog");

    private const string Minimal = """
        patients:
          - { id: P1, name: DOE^JANE, birthDate: 1980-01-02, sex: F }
          - { id: P2, name: ROE^RICHARD, birthDate: 1975-06-30, sex: M }
        orders:
          - { accession: A1, patient: P1, modality: CT, procedureId: RP1, procedureDescription: CT CHEST, station: CT_ROOM1, day: 0, time: "08:30", referringPhysician: HOUSE^GREGORY }
          - { accession: A2, patient: P2, modality: CT, procedureId: RP2, procedureDescription: CT CHEST, station: CT_ROOM1, day: -1, time: "17:05", referringPhysician: HOUSE^GREGORY }
        studyTemplates:
          - modality: CT
            description: CT CHEST
            bodyPart: CHEST
            series:
              - { description: AXIAL, images: 40 }
        """;

    [Fact]
    public void LoadEmbedded_HasTheDepartmentsPatientsOrdersAndTemplates()
    {
        var catalog = SampleCatalogLoader.LoadEmbedded();

        Assert.InRange(catalog.Patients.Count, 10, 14);
        Assert.Contains(catalog.Patients, p => p.Name.Contains('\''));
        Assert.Contains(catalog.Patients, p => p.Name.Split('^').Length >= 3 && p.Name.Split('^')[2].Length > 0);
        Assert.Equal(catalog.Orders.Count, catalog.Orders.Select(o => o.AccessionNumber).Distinct().Count());
        Assert.All(catalog.Orders, o => Assert.NotNull(catalog.FindPatient(o.PatientId)));
        Assert.All(catalog.Orders, o => Assert.NotNull(catalog.FindTemplate(o.Modality, o.RequestedProcedureDescription)));
        Assert.All(catalog.Orders, o => Assert.Contains(o.ScheduledStationAeTitle, (string[])["CT_ROOM1", "MR_3T", "CR_ER", "US_CLINIC"]));
        Assert.All(SampleCatalog.Modalities, m => Assert.NotEmpty(catalog.TemplatesFor(m)));
        Assert.Equal(SampleCatalog.Modalities.Order(), catalog.Orders.Select(o => o.Modality).Distinct().Order());
    }

    [Fact]
    public async Task LoadFileAsync_TheCommittedFile_SameAsTheEmbeddedCopy()
    {
        var fromFile = await SampleCatalogLoader.LoadFileAsync(RepoRoot.File("sample-studies", "catalog.yaml"));
        var embedded = SampleCatalogLoader.LoadEmbedded();

        Assert.Equal(embedded.Patients, fromFile.Patients);
        Assert.Equal(embedded.Orders, fromFile.Orders);
        Assert.EndsWith("catalog.yaml", fromFile.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Minimal_ReadsEveryField()
    {
        var catalog = SampleCatalogLoader.Parse(Minimal, "test.yaml");

        var patient = Assert.Single(catalog.Patients, p => p.Id == "P1");
        Assert.Equal(new CatalogPatient("P1", "DOE^JANE", new DateOnly(1980, 1, 2), "F"), patient);
        Assert.Equal("19800102", patient.ToDemographics().BirthDate);
        var order = catalog.FindOrder("A2")!;
        Assert.Equal(new CatalogOrder("A2", "P2", "CT", "RP2", "CT CHEST", "CT_ROOM1", -1, new TimeOnly(17, 5), "HOUSE^GREGORY"), order);
        Assert.Equal(new DateTime(2025, 5, 31, 17, 5, 0), order.ScheduledAt(new DateOnly(2025, 6, 1)));
        var template = Assert.Single(catalog.StudyTemplates);
        Assert.Equal(("CT", "CT CHEST", "CHEST"), (template.Modality, template.StudyDescription, template.BodyPartExamined));
        Assert.Equal(new SeriesTemplate("AXIAL", 40), Assert.Single(template.Series));
    }

    [Fact]
    public void Parse_OrderForUnknownPatient_NamesFileLineAndField()
    {
        var error = Assert.Throws<CatalogException>(() => SampleCatalogLoader.Parse(Minimal.Replace("patient: P2,", "patient: P9,"), "test.yaml"));

        Assert.Equal(("test.yaml", 6, "orders[1].patient"), (error.Source, error.Line, error.Field));
        Assert.StartsWith("test.yaml, line 6, orders[1].patient: 'P9' is not the ID of a patient in this catalog", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateAccession_NamesBothLines()
    {
        var error = Assert.Throws<CatalogException>(() => SampleCatalogLoader.Parse(Minimal.Replace("accession: A2", "accession: A1"), "test.yaml"));

        Assert.Equal((6, "orders[1].accession"), (error.Line, error.Field));
        Assert.Contains("duplicate accession number 'A1' (first at line 5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownModality_ListsTheKnownOnes()
    {
        var error = Assert.Throws<CatalogException>(() => SampleCatalogLoader.Parse(Minimal.Replace("modality: CT, procedureId: RP2", "modality: XA, procedureId: RP2"), "test.yaml"));

        Assert.Equal((6, "orders[1].modality"), (error.Line, error.Field));
        Assert.Contains("unknown modality 'XA'; the catalog knows CT, MR, CR, DX, US, OT", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("birthDate: 1980-01-02", "birthDate: 02.01.1980", 2, "patients[0].birthDate", "'02.01.1980' is not a date written YYYY-MM-DD")]
    [InlineData("sex: F }", "sex: X }", 2, "patients[0].sex", "'X' is not a Patient's Sex (0010,0040)")]
    [InlineData("{ id: P1,", "{ ident: P1,", 2, "patients[0].ident", "unknown field 'ident'")]
    [InlineData("time: \"08:30\"", "time: \"8.30\"", 5, "orders[0].time", "'8.30' is not a time of day written HH:MM")]
    [InlineData("images: 40", "images: 0", 12, "studyTemplates[0].series[0].images", "'0' is not a whole number from 1 to 2000")]
    [InlineData("procedureDescription: CT CHEST, station: CT_ROOM1, day: 0", "procedureDescription: CT HEAD, station: CT_ROOM1, day: 0", 5, "orders[0].procedureDescription", "no study template of CT has the description 'CT HEAD'")]
    [InlineData("accession: A1,", "accession: A123456789012345678,", 5, "orders[0].accession", "longer than the 16 characters a SH value holds")]
    public void Parse_BadValue_NamesLineFieldAndProblem(string from, string to, int line, string field, string problem)
    {
        var error = Assert.Throws<CatalogException>(() => SampleCatalogLoader.Parse(Minimal.Replace(from, to), "test.yaml"));

        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: ROE^RICHARD,", "name: \"ROE^RICHARD,")] // a quote left open
    [InlineData("  - { id: P2,", "  - { id: [P2,")] // a bracket left open, which YamlDotNet reports differently
    public void Parse_BrokenYaml_NamesTheLineNearTheBreak(string from, string to)
    {
        var error = Assert.Throws<CatalogException>(() => SampleCatalogLoader.Parse(Minimal.Replace(from, to), "test.yaml"));

        Assert.Equal("test.yaml", error.Source);
        Assert.InRange(error.Line, 2, 4);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadFileAsync_BadFile_NamesThePath()
    {
        var path = _folder.File("catalog.yaml");
        await File.WriteAllTextAsync(path, Minimal.Replace("patient: P2,", "patient: NOBODY,"));

        var error = await Assert.ThrowsAsync<CatalogException>(() => SampleCatalogLoader.LoadFileAsync(path));

        Assert.StartsWith($"{path}, line 6, orders[1].patient:", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
