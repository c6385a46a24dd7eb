using System.Text.Json;
using PacsLab.Department.Configuration;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Configuration;

public sealed class DepartmentConfigurationTests
{
    [Fact]
    public void LoadDefault_ListsTheFourModalitiesTheWorkstationRisAndPacs()
    {
        var options = DepartmentConfiguration.LoadDefault();

        Assert.Equal(["CT_ROOM1", "MR_3T", "CR_ER", "US_CLINIC"], options.Modalities.Select(m => m.Name));
        Assert.Equal(["CT", "MR", "CR", "US"], options.Modalities.Select(m => m.Modality));
        Assert.Equal("RAD_WS1", options.Workstation.AeTitle);
        Assert.Equal("RIS", options.Ris.AeTitle);
        Assert.Equal(new DicomNode("127.0.0.1", 11112, "PACSLAB"), options.Pacs.ToNode());
    }

    [Fact]
    public void LoadDefault_SameSettingsAsTheOptionClassDefaults()
    {
        // The YAML shipped and the classes' defaults are two copies of one default; they must not drift apart.
        var fromYaml = JsonSerializer.Serialize(DepartmentConfiguration.LoadDefault());
        var fromClasses = JsonSerializer.Serialize(new DepartmentOptions());

        Assert.Equal(fromClasses, fromYaml);
    }

    [Fact]
    public void Parse_DestinationLeftOut_SendsToThePacsAndQueriesTheRis()
    {
        var options = DepartmentConfiguration.Parse("""
            pacs: { aeTitle: ARCHIVE, host: 127.0.0.1, port: 4242 }
            ris: { aeTitle: HIS_RIS, port: 5050 }
            modalities:
              - { name: CT_A, modality: CT, aeTitle: CT_A, port: 0 }
              - { name: CT_B, modality: CT, aeTitle: CT_B, port: 0, destination: { aeTitle: BACKUP_PACS }, worklist: { port: 6060 } }
            """);

        Assert.Equal(new DicomNode("127.0.0.1", 4242, "ARCHIVE"), options.DestinationOf(options.Modalities[0]));
        Assert.Equal(new DicomNode("127.0.0.1", 5050, "HIS_RIS"), options.WorklistOf(options.Modalities[0]));
        Assert.Equal(new DicomNode("127.0.0.1", 4242, "BACKUP_PACS"), options.DestinationOf(options.Modalities[1]));
        Assert.Equal(new DicomNode("127.0.0.1", 6060, "HIS_RIS"), options.WorklistOf(options.Modalities[1]));
    }

    [Fact]
    public void Parse_TwoDevicesOnOnePort_NamesTheSecondDevicesPortField()
    {
        var error = Assert.Throws<DepartmentConfigurationException>(() => DepartmentConfiguration.Parse("""
            workstation: { aeTitle: RAD_WS1, port: 11120 }
            modalities:
              - { name: CT_ROOM1, modality: CT, aeTitle: CT_ROOM1, port: 11120 }
            """));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("modalities[CT_ROOM1].port", problem.Field);
        Assert.Contains("already used by workstation.port", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PortZeroOnEveryDevice_IsAccepted()
    {
        var options = DepartmentConfiguration.Parse("""
            pacs: { port: 0 }
            ris: { port: 0 }
            workstation: { port: 0 }
            modalities:
              - { name: CT_ROOM1, modality: CT, port: 0 }
              - { name: MR_3T, modality: MR, port: 0 }
            """);

        Assert.All(options.Modalities, m => Assert.Equal(0, m.Port));
        Assert.Equal("MR_3T", options.Modalities[1].EffectiveAeTitle);
    }

    [Fact]
    public void Parse_AeTitleLongerThan16_NamesTheFieldAndTheLength()
    {
        var error = Assert.Throws<DepartmentConfigurationException>(() => DepartmentConfiguration.Parse("""
            modalities:
              - { name: CT_ROOM1, modality: CT, aeTitle: CT_ROOM1_SIEMENS_DEFINITION, port: 0 }
            """));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("modalities[CT_ROOM1].aeTitle", problem.Field);
        Assert.Contains("has 27 characters; DICOM allows at most 16", problem.Message, StringComparison.Ordinal);
        Assert.Contains("modalities[CT_ROOM1].aeTitle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameAeTitleOnTwoDevices_NamesBoth()
    {
        var error = Assert.Throws<DepartmentConfigurationException>(() => DepartmentConfiguration.Parse("""
            modalities:
              - { name: CT_ROOM1, modality: CT, aeTitle: SCANNER, port: 0 }
              - { name: CT_ROOM2, modality: CT, aeTitle: SCANNER, port: 0 }
            """));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("modalities[CT_ROOM2].aeTitle", problem.Field);
        Assert.Contains("'SCANNER' is already used by modalities[CT_ROOM1].aeTitle", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEachWithItsField()
    {
        var error = Assert.Throws<DepartmentConfigurationException>(() => DepartmentConfiguration.Parse("""
            modalities:
              - name: CT ROOM
                modality: PET
                port: 70000
                destination: { port: 0, host: "" }
                sendQueue: { firstRetryDelaySeconds: 60, maxRetryDelaySeconds: 30 }
            """));

        Assert.Equal(
            [
                "modalities[CT ROOM].destination.host", "modalities[CT ROOM].destination.port",
                "modalities[CT ROOM].modality", "modalities[CT ROOM].name", "modalities[CT ROOM].port", "modalities[CT ROOM].sendQueue.maxRetryDelaySeconds",
            ],
            error.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains(error.Errors, e => e.Message.Contains("'PET' is not a modality this lab simulates; use one of CT, MR, CR, US", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ListenAddressThatIsAName_RefusedBecauseDevicesBindToAnAddress()
    {
        var error = Assert.Throws<DepartmentConfigurationException>(() => DepartmentConfiguration.Parse("listenAddress: localhost\n"));

        Assert.Equal("listenAddress", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void Parse_UnknownSetting_SaysWhereAndWhich()
    {
        var error = Assert.Throws<DepartmentConfigurationException>(() => DepartmentConfiguration.Parse("""
            pacs:
              aeTitel: PACSLAB
            """));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("line 2, column 3", problem.Field);
        Assert.Contains("unknown setting 'aeTitel'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextWhereANumberBelongs_SaysWhere()
    {
        var error = Assert.Throws<DepartmentConfigurationException>(() => DepartmentConfiguration.Parse("""
            ris:
              port: eleven
            """));

        var problem = Assert.Single(error.Errors);
        Assert.StartsWith("line 2,", problem.Field, StringComparison.Ordinal);
        Assert.Contains("not of the right kind", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptySections_FallBackToDefaults()
    {
        var options = DepartmentConfiguration.Parse("""
            pacs:
            modalities:
              - name: US_CLINIC
                modality: US
                port: 0
                acquisition:
            """);

        Assert.Equal("PACSLAB", options.Pacs.AeTitle);
        Assert.Equal(0, Assert.Single(options.Modalities).Acquisition.WorklistDaysBefore);
    }

    [Fact]
    public async Task LoadAsync_FileThatIsNotThere_SaysItCannotBeRead()
    {
        using var folder = new TempDirectory();

        var error = await Assert.ThrowsAsync<DepartmentConfigurationException>(() => DepartmentConfiguration.LoadAsync(folder.File("department.yaml")));

        Assert.Equal(folder.File("department.yaml"), error.ConfigurationSource);
        Assert.StartsWith("cannot read the file", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteDefaultAsync_WritesTheDefaultOnceAndLeavesAnEditedFileAlone()
    {
        using var folder = new TempDirectory();
        var path = folder.File("conf/department.yaml");

        Assert.True(await DepartmentConfiguration.WriteDefaultAsync(path));
        var written = await DepartmentConfiguration.LoadAsync(path);
        await File.WriteAllTextAsync(path, "modalities: []\n");
        Assert.False(await DepartmentConfiguration.WriteDefaultAsync(path));
        var edited = await DepartmentConfiguration.LoadAsync(path);

        Assert.Equal(4, written.Modalities.Count);
        Assert.Empty(edited.Modalities);
        Assert.Contains("# PacsLab's simulated radiology department", DepartmentConfiguration.DefaultYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AsOptionsValidator_FailsWithTheFieldNames()
    {
        var options = new DepartmentOptions();
        options.Workstation.AeTitle = "";

        var result = new DepartmentOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("workstation.aeTitle: the AE title is empty", result.FailureMessage, StringComparison.Ordinal);
    }
}
