using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;
using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>
/// The options find, move and get share, spelled as DCMTK's findscu, movescu and getscu spell them: -P / -S for the
/// information model, -k TAG=VALUE for the keys; and -L LEVEL for the Query/Retrieve Level (0008,0052).
/// </summary>
internal sealed class QueryRetrieveOptions
{
    public const string DefaultLevel = "STUDY";

    public Option<bool> PatientRoot { get; } = new("-P", "--patient")
    {
        Description = "Use the Patient Root information model (levels PATIENT, STUDY, SERIES, IMAGE).",
    };

    public Option<bool> StudyRoot { get; } = new("-S", "--study")
    {
        Description = "Use the Study Root information model (levels STUDY, SERIES, IMAGE). The default.",
    };

    public Option<string?> Level { get; } = new("-L", "--level")
    {
        Description = $"The Query/Retrieve Level (0008,0052): PATIENT, STUDY, SERIES or IMAGE. Default: {DefaultLevel}, " +
            "or what -k QueryRetrieveLevel=... says.",
        HelpName = "level",
        CustomParser = ParseLevel,
    };

    public Option<string[]> Keys { get; } = new("-k", "--key")
    {
        Description = "A key of the identifier, repeatable: TAG=VALUE with TAG a PS3.6 keyword (PatientName) or gggg,eeee. " +
            "An empty VALUE (PatientName=) asks for the attribute back; * and ? are wildcards; '\\' separates values.",
        HelpName = "TAG=VALUE",
        DefaultValueFactory = _ => [],
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { PatientRoot, StudyRoot, Level, Keys }) command.Options.Add(option);
    }

    /// <summary>The model, level and identifier the command line asks for; a problem is said before anything is sent.</summary>
    public bool TryRead(ParseResult parseResult, [NotNullWhen(true)] out QueryRequest? request, [NotNullWhen(false)] out string? problem)
    {
        request = null;
        if (parseResult.GetValue(PatientRoot) && parseResult.GetValue(StudyRoot))
        {
            problem = "Give -P (Patient Root) or -S (Study Root), not both.";
            return false;
        }
        var model = parseResult.GetValue(PatientRoot) ? QueryRetrieveModel.PatientRoot : QueryRetrieveModel.StudyRoot;

        var keys = new List<QueryKey>();
        foreach (var text in parseResult.GetValue(Keys) ?? [])
        {
            if (!QueryKeyParser.TryParse(text, out var key, out problem)) return false;
            keys.Add(key);
        }

        if (!TryChooseLevel(parseResult.GetValue(Level), keys, model, out var level, out problem)) return false;
        request = new QueryRequest(model, level, Identifier(keys, level));
        return true;
    }

    private static bool TryChooseLevel(string? option, List<QueryKey> keys, QueryRetrieveModel model,
        [NotNullWhen(true)] out string? level, [NotNullWhen(false)] out string? problem)
    {
        level = null;
        problem = null;
        var fromKey = keys.LastOrDefault(k => k.Tag == QueryRetrieveModel.LevelTag);
        var keyLevel = fromKey is { Values.Count: > 0 } ? fromKey.Values[0].Trim().ToUpperInvariant() : null;
        if (keyLevel is not null && !QueryRetrieveModel.AllLevels.Contains(keyLevel))
        {
            problem = $"-k QueryRetrieveLevel={fromKey!.Values[0]}: the level is one of {string.Join(", ", QueryRetrieveModel.AllLevels)} (PS3.4 C.6).";
            return false;
        }
        if (option is not null && keyLevel is not null && option != keyLevel)
        {
            problem = $"-L {option} and -k QueryRetrieveLevel={keyLevel} ask for different levels; give the level once.";
            return false;
        }

        level = option ?? keyLevel ?? DefaultLevel;
        if (!model.Levels.Contains(level))
        {
            problem = $"{model.Name} has no {level} level (PS3.4 C.6.2): use -P (Patient Root) to work with patients, " +
                $"or ask at {model.Levels[0]} level, where the patient's attributes are keys too.";
            level = null;
            return false;
        }
        return true;
    }

    private static DicomDataset Identifier(List<QueryKey> keys, string level)
    {
        var identifier = new DicomDataset();
        // Text beyond ASCII needs a Specific Character Set (PS3.5 6.1.2.3); say UTF-8 unless the keys name one.
        if (!keys.Any(k => k.Tag == DicomTags.SpecificCharacterSet) && keys.Any(k => k.Values.Any(v => v.Any(c => c > '\x7F'))))
            identifier.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        foreach (var key in keys.OrderBy(k => k.Tag == DicomTags.SpecificCharacterSet ? 0 : 1))
        {
            if (key.VR.Kind == DicomVRKind.Sequence) identifier.AddOrUpdate(new DicomSequence(key.Tag));
            else if (key.VR.Kind == DicomVRKind.Bulk) identifier.AddOrUpdate(key.Tag, key.VR, Array.Empty<byte>());
            else identifier.AddOrUpdate(key.Tag, key.VR, key.Values.ToArray());
        }
        identifier.AddOrUpdate(QueryRetrieveModel.LevelTag, DicomVR.CS, level);
        return identifier;
    }

    private static string? ParseLevel(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        var level = token.Trim().ToUpperInvariant();
        if (QueryRetrieveModel.AllLevels.Contains(level)) return level;
        result.AddError($"-L must be {string.Join(", ", QueryRetrieveModel.AllLevels)}, not '{token}'.");
        return null;
    }
}
