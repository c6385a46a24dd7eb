using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PacsLab.Department.Configuration;

/// <summary>
/// Reads department.yaml: the built-in default (embedded in this assembly, the same text as
/// <c>Configuration/department.yaml</c> in the source) or a file the user gives. Every result is validated; a file
/// that cannot be used throws <see cref="DepartmentConfigurationException"/> naming each wrong field.
/// </summary>
public static partial class DepartmentConfiguration
{
    public const string FileName = "department.yaml";
    public const string BuiltInSource = "the built-in department.yaml";
    private const string ResourceName = "PacsLab.Department.Configuration.department.yaml";

    /// <summary>The default department.yaml, comments included, as shipped.</summary>
    public static string DefaultYaml { get; } = ReadDefaultYaml();

    public static DepartmentOptions LoadDefault() => Parse(DefaultYaml, BuiltInSource);

    /// <summary>Reads and validates the file at <paramref name="path"/>, or the built-in default when it is null.</summary>
    public static async Task<DepartmentOptions> LoadAsync(string? path, CancellationToken cancellationToken = default)
    {
        if (path is null) return LoadDefault();
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DepartmentConfigurationException(path, [new ConfigurationError("(file)", $"cannot read the file: {ex.Message}")]);
        }
        return Parse(text, path);
    }

    /// <summary>Writes the default department.yaml to <paramref name="path"/> unless a file is already there; true when written.</summary>
    public static async Task<bool> WriteDefaultAsync(string path, CancellationToken cancellationToken = default)
    {
        if (File.Exists(path)) return false;
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(path, DefaultYaml, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Parses and validates YAML text; <paramref name="source"/> names it in errors.</summary>
    public static DepartmentOptions Parse(string yaml, string source = FileName)
    {
        DepartmentOptions? options;
        try
        {
            options = Deserializer.Deserialize<DepartmentOptions?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new DepartmentConfigurationException(source, [Describe(ex)]);
        }
        options = Normalize(options ?? new DepartmentOptions());
        var errors = DepartmentOptionsValidator.Check(options);
        if (errors.Count > 0) throw new DepartmentConfigurationException(source, errors);
        return options;
    }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>YAML that names nothing (e.g. <c>acquisition:</c> with no value) gives nulls; these become the defaults.</summary>
    private static DepartmentOptions Normalize(DepartmentOptions options)
    {
        options.DataDirectory ??= "";
        options.ListenAddress ??= "";
        options.Pacs ??= new PacsNodeOptions();
        options.Ris ??= new RisDeviceOptions();
        options.Workstation ??= new WorkstationDeviceOptions();
        options.Modalities ??= [];
        for (var i = 0; i < options.Modalities.Count; i++)
        {
            var modality = options.Modalities[i] ?? new ModalityDeviceOptions();
            modality.Name ??= "";
            modality.Modality ??= "";
            modality.AeTitle ??= "";
            modality.StationName ??= "";
            modality.Acquisition ??= new AcquisitionOptions();
            modality.SendQueue ??= new SendQueueOptions();
            options.Modalities[i] = modality;
        }
        return options;
    }

    /// <summary>A YAML problem as "line L, column C" and what was wrong there, in the file's own words.</summary>
    private static ConfigurationError Describe(YamlException ex)
    {
        var where = $"line {ex.Start.Line}, column {ex.Start.Column}";
        var innermost = ex;
        while (innermost.InnerException is YamlException inner) innermost = inner;
        var message = innermost.InnerException?.Message ?? innermost.Message;
        if (UnknownProperty().Match(message) is { Success: true } unknown)
            message = $"unknown setting '{unknown.Groups[1].Value}' (check its spelling; settings are written in camelCase, e.g. aeTitle)";
        else if (innermost.InnerException is FormatException or OverflowException)
            message = $"the value is not of the right kind here ({innermost.InnerException.Message})";
        return new ConfigurationError(where, message);
    }

    [GeneratedRegex("Property '([^']+)' not found on type")]
    private static partial Regex UnknownProperty();

    private static string ReadDefaultYaml()
    {
        using var stream = typeof(DepartmentConfiguration).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(DepartmentConfiguration).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
