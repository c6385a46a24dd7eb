using System.Globalization;
using System.Reflection;
using PacsLab.Dicom;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PacsLab.Department.Catalog;

/// <summary>
/// Reads the sample catalog (sample-studies/catalog.yaml) from the copy embedded in this assembly, so the lab finds
/// it from any working directory, or from a file. Every problem is a <see cref="CatalogException"/> naming the
/// file, the line and the field: unknown fields, bad values, an order for an unknown patient, a duplicate
/// accession number, an unknown modality, an order whose procedure has no study template.
/// </summary>
public static class SampleCatalogLoader
{
    public const string ResourceName = "PacsLab.Department.Catalog.catalog.yaml";

    public static SampleCatalog LoadEmbedded()
    {
        using var stream = typeof(SampleCatalogLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly {typeof(SampleCatalogLoader).Assembly.GetName().Name} has no resource {ResourceName}; the build should embed sample-studies/catalog.yaml.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), $"catalog.yaml (embedded in {typeof(SampleCatalogLoader).Assembly.GetName().Name})");
    }

    public static async Task<SampleCatalog> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(text, path);
    }

    /// <param name="yaml">The catalog text.</param>
    /// <param name="source">What to call it in messages: its path, usually.</param>
    public static SampleCatalog Parse(string yaml, string source)
    {
        var root = ReadRoot(yaml, source);
        root.RejectUnknownFields("patients", "orders", "studyTemplates");
        var patients = ReadPatients(root);
        var templates = ReadTemplates(root);
        var orders = ReadOrders(root, patients, templates);
        return new SampleCatalog(source, patients, orders, templates);
    }

    private static CatalogYamlNode ReadRoot(string yaml, string source)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw new CatalogException(source, (int)ex.Start.Line, "(syntax)", $"not valid YAML: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // Some malformed input stops YamlDotNet's parser without a YamlException; its last event says where.
            var line = (int)(parser.Current?.Start.Line ?? 1);
            throw new CatalogException(source, line, "(syntax)", "not valid YAML: the structure breaks off here (an unclosed bracket or brace?).", ex);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            throw new CatalogException(source, 1, "(top level)", "expected a mapping with the lists patients, orders and studyTemplates.");
        return new CatalogYamlNode(mapping, source, "");
    }

    private static List<CatalogPatient> ReadPatients(CatalogYamlNode root)
    {
        var patients = new List<CatalogPatient>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in root.RequiredList("patients"))
        {
            node.RejectUnknownFields("id", "name", "birthDate", "sex", "issuer");
            var id = Text(node, "id", DicomVR.LO);
            if (lines.TryGetValue(id, out var first)) throw node.Error("id", $"duplicate patient ID '{id}' (first at line {first}).");
            lines[id] = node.Line;
            var name = PersonName(node, "name");
            var birth = node.RequiredText("birthDate");
            if (!DateOnly.TryParseExact(birth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
                throw node.Error("birthDate", $"'{birth}' is not a date written YYYY-MM-DD.");
            var sex = node.RequiredText("sex");
            if (sex is not ("M" or "F" or "O")) throw node.Error("sex", $"'{sex}' is not a Patient's Sex (0010,0040): use M, F or O.");
            var issuer = node.OptionalText("issuer");
            patients.Add(new CatalogPatient(id, name, birthDate, sex, issuer));
        }
        return patients;
    }

    private static List<StudyTemplate> ReadTemplates(CatalogYamlNode root)
    {
        var templates = new List<StudyTemplate>();
        foreach (var node in root.RequiredList("studyTemplates"))
        {
            node.RejectUnknownFields("modality", "description", "bodyPart", "series");
            var modality = Modality(node);
            var description = Text(node, "description", DicomVR.LO);
            if (templates.Any(t => t.Modality == modality && string.Equals(t.StudyDescription, description, StringComparison.OrdinalIgnoreCase)))
                throw node.Error("description", $"a study template of {modality} with the description '{description}' is already defined.");
            var bodyPart = node.OptionalText("bodyPart") ?? "";
            if (bodyPart.Length > 16 || bodyPart.Any(c => !(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is ' ' or '_')))
                throw node.Error("bodyPart", $"'{bodyPart}' is not a Body Part Examined (0018,0015) code string: at most 16 upper-case letters, digits, spaces or '_', e.g. CHEST.");
            var series = node.RequiredList("series").Select(s =>
            {
                s.RejectUnknownFields("description", "images");
                return new SeriesTemplate(Text(s, "description", DicomVR.LO), s.RequiredInt("images", 1, 2000));
            }).ToList();
            if (series.Count == 0) throw node.Error("series", "a study template needs at least one series.");
            templates.Add(new StudyTemplate(modality, description, bodyPart, series));
        }
        return templates;
    }

    private static List<CatalogOrder> ReadOrders(CatalogYamlNode root, List<CatalogPatient> patients, List<StudyTemplate> templates)
    {
        var orders = new List<CatalogOrder>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in root.RequiredList("orders"))
        {
            node.RejectUnknownFields("accession", "patient", "modality", "procedureId", "procedureDescription", "station", "day", "time", "referringPhysician");
            var accession = Text(node, "accession", DicomVR.SH);
            if (lines.TryGetValue(accession, out var first)) throw node.Error("accession", $"duplicate accession number '{accession}' (first at line {first}); each order needs its own.");
            lines[accession] = node.Line;
            var patientId = node.RequiredText("patient");
            if (patients.All(p => p.Id != patientId))
                throw node.Error("patient", $"'{patientId}' is not the ID of a patient in this catalog; add the patient under patients or correct the ID.");
            var modality = Modality(node);
            var procedureId = Text(node, "procedureId", DicomVR.SH);
            var description = Text(node, "procedureDescription", DicomVR.LO);
            if (!templates.Any(t => t.Modality == modality && string.Equals(t.StudyDescription, description, StringComparison.OrdinalIgnoreCase)))
                throw node.Error("procedureDescription",
                    $"no study template of {modality} has the description '{description}'; the {modality} templates are: {string.Join(", ", templates.Where(t => t.Modality == modality).Select(t => t.StudyDescription))}.");
            var station = Text(node, "station", DicomVR.AE);
            if (station.Any(c => c is '\\' || char.IsControl(c)))
                throw node.Error("station", $"'{station}' is not an AE title: no backslash or control characters.");
            var day = node.RequiredInt("day", -365, 365);
            var timeText = node.RequiredText("time");
            if (!TimeOnly.TryParseExact(timeText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                throw node.Error("time", $"'{timeText}' is not a time of day written HH:MM (24-hour).");
            var referring = PersonName(node, "referringPhysician");
            orders.Add(new CatalogOrder(accession, patientId, modality, procedureId, description, station, day, time, referring));
        }
        return orders;
    }

    private static string Modality(CatalogYamlNode node)
    {
        var modality = node.RequiredText("modality");
        if (!SampleCatalog.Modalities.Contains(modality, StringComparer.Ordinal))
            throw node.Error("modality", $"unknown modality '{modality}'; the catalog knows {string.Join(", ", SampleCatalog.Modalities)} (OT is a secondary capture).");
        return modality;
    }

    /// <summary>A text value that must fit its VR's length (PS3.5 Table 6.2-1).</summary>
    private static string Text(CatalogYamlNode node, string field, DicomVR vr)
    {
        var text = node.RequiredText(field);
        if (text.Length > vr.MaxLength) throw node.Error(field, $"'{text}' is longer than the {vr.MaxLength} characters a {vr} value holds.");
        if (text.Contains('\\')) throw node.Error(field, $"'{text}' holds a backslash, which separates values in DICOM.");
        return text;
    }

    /// <summary>A PN value: FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX, each group at most 64 characters.</summary>
    private static string PersonName(CatalogYamlNode node, string field)
    {
        var text = node.RequiredText(field);
        if (text.Contains('\\') || text.Split('=').Any(g => g.Length > 64 || g.Split('^').Length > 5) || text.StartsWith('^'))
            throw node.Error(field, $"'{text}' is not a DICOM person name: FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX, a family name first, at most 64 characters.");
        return text;
    }
}
