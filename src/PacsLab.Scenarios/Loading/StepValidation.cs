using PacsLab.Scenarios.Authoring;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// Checks one step (a fault, an action, an objective or a guard) against its catalog entry: the type exists, each
/// parameter is one the entry takes, the required ones are there, every value has the right form and every name it
/// uses is defined. The names the step gives (a new study or series) are defined after its own references are checked.
/// </summary>
internal sealed class StepValidation(string source, ScenarioReferences references, IReadOnlyDictionary<string, string> patients,
    IReadOnlyDictionary<string, int> orders, DefinedNames allDefinitions, List<ScenarioProblem> problems)
{
    /// <param name="step">The step as written.</param>
    /// <param name="path">Where it is, e.g. <c>faults[0]</c>.</param>
    /// <param name="entries">The catalog list its type must be in.</param>
    /// <param name="what">What its type is called in messages: "fault type", "action", ...</param>
    /// <param name="names">The names defined before it; the step adds the ones it defines.</param>
    /// <param name="scopeNote">Why a name defined later is not visible here, for the message.</param>
    public void Check<T>(StepSpec step, string path, IReadOnlyDictionary<string, T> entries, string what, DefinedNames names, string scopeNote)
        where T : ICatalogEntry
    {
        if (step.Type.Length == 0) return; // the loader has said the type is missing
        if (!entries.TryGetValue(step.Type, out var entry))
        {
            Add(step.Line, path, $"unknown {what} '{step.Type}'.{NearestName.DidYouMean(step.Type, entries.Keys)} The catalog's are: {List(entries.Keys)}");
            DefineGuessedNames(step, names);
            return;
        }

        var specs = entry.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var spec in entry.Parameters.Where(p => p.Required && !step.Arguments.Has(p.Name)))
            Add(step.Line, path, $"the {what} '{step.Type}' needs the parameter '{spec.Name}': {spec.Description} ({ParameterKindText.Describe(spec)})");

        var defines = new List<(ParameterSpec Spec, string Value, int Line)>();
        foreach (var name in step.Arguments.Names)
        {
            var value = step.Arguments.Find(name)!;
            var line = value.Line > 0 ? value.Line : step.Line;
            if (!specs.TryGetValue(name, out var spec))
            {
                var known = entry.Parameters.Count == 0 ? "it takes no parameters" : $"its parameters are {List(entry.Parameters.Select(p => p.Name))}";
                Add(line, $"{path}.{name}", $"unknown parameter '{name}' for the {what} '{step.Type}'.{NearestName.DidYouMean(name, specs.Keys)} {Capital(known)}");
                continue;
            }
            foreach (var item in CheckShape(spec, value, line, $"{path}.{name}"))
            {
                if (spec.Kind is ParameterKind.NewStudyName or ParameterKind.NewSeriesName) defines.Add((spec, item, line));
                else CheckValue(spec, item, line, $"{path}.{name}", names, scopeNote);
            }
        }
        foreach (var (spec, value, line) in defines)
            Define(spec.Kind == ParameterKind.NewStudyName ? names.Studies : names.Series, spec.Kind == ParameterKind.NewStudyName ? "study" : "series",
                value, line, $"{path}.{spec.Name}");
    }

    /// <summary>Defines a name in <paramref name="scope"/>, or says where it was defined already.</summary>
    public void Define(Dictionary<string, int> scope, string what, string name, int line, string path)
    {
        if (name.Length == 0) return;
        if (scope.TryGetValue(name, out var first))
            Add(line, path, $"the {what} name '{name}' is already given at line {first}; give each {what} a name of its own");
        else
            scope[name] = line;
    }

    private IEnumerable<string> CheckShape(ParameterSpec spec, StepValue value, int line, string path)
    {
        if (spec.IsList && !value.IsList)
        {
            Add(line, path, $"'{spec.Name}' takes a list ({ParameterKindText.Describe(spec)}); write it as [{value.Text}], even for one value");
            return [];
        }
        if (!spec.IsList && value.IsList)
        {
            Add(line, path, $"'{spec.Name}' takes a single value ({ParameterKindText.Describe(spec)}), not a list");
            return [];
        }
        if (spec.IsList && spec.Required && value.Items.Count == 0)
            Add(line, path, $"the list '{spec.Name}' is empty; it needs at least one value ({ParameterKindText.Describe(spec)})");
        return value.Items;
    }

    private void CheckValue(ParameterSpec spec, string value, int line, string path, DefinedNames names, string scopeNote)
    {
        if (value.Length == 0)
        {
            if (spec.Kind != ParameterKind.Text)
                Add(line, path, $"'{spec.Name}' is empty; it takes {ParameterKindText.Describe(spec)}");
            return;
        }
        var problem = spec.Kind switch
        {
            ParameterKind.Device => DeviceProblem(spec, value),
            ParameterKind.Patient => PatientProblem(value),
            ParameterKind.Order => OrderProblem(value),
            ParameterKind.Study => NameProblem("study", value, names.Studies, allDefinitions.Studies, scopeNote),
            ParameterKind.Series => NameProblem("series", value, names.Series, allDefinitions.Series, scopeNote),
            _ => ParameterValueRule.Problem(spec, value),
        };
        if (problem is not null) Add(line, path, problem);
    }

    public string? DeviceProblem(ParameterSpec? spec, string value)
    {
        var devices = references.Devices.ToList();
        if (spec?.Description.Contains(ScenarioReferences.Workstation, StringComparison.OrdinalIgnoreCase) == true) devices.Add(ScenarioReferences.Workstation);
        return devices.Contains(value, StringComparer.Ordinal)
            ? null
            : $"'{value}' is not a device of the department.{NearestName.DidYouMean(value, devices)} The devices are: {List(devices)}";
    }

    public string? PatientProblem(string value) =>
        patients.ContainsKey(value)
            ? null
            : $"no patient has the ID '{value}'.{NearestName.DidYouMean(value, patients.Keys)} Use a patient of the sample catalog or of setup.patients: {List(patients.Keys)}";

    private string? OrderProblem(string value) =>
        references.Orders.ContainsKey(value) || orders.ContainsKey(value)
            ? null
            : $"no order has the accession number '{value}'.{NearestName.DidYouMean(value, references.Orders.Keys.Concat(orders.Keys))} " +
              $"Use an order of setup.orders ({(orders.Count == 0 ? "none yet" : List(orders.Keys))}) or of the sample catalog ({List(references.Orders.Keys)})";

    private static string? NameProblem(string what, string value, Dictionary<string, int> visible, Dictionary<string, int> everywhere, string scopeNote)
    {
        if (visible.ContainsKey(value)) return null;
        if (everywhere.TryGetValue(value, out var line))
            return $"the {what} '{value}' is used before it is defined (at line {line}); {scopeNote}";
        var known = visible.Count == 0 ? $"no {what} is named before this step" : $"the {what} names defined so far are {List(visible.Keys)}";
        var how = what == "study" ? "setup.studies[].as or the 'as' of the step that makes it" : "the 'seriesAs' (or similar) of the step that makes it";
        return $"no {what} is named '{value}'.{NearestName.DidYouMean(value, visible.Keys)} {Capital(known)}; name it with {how}";
    }

    /// <summary>For a step of an unknown type, its likely naming parameters still define names, so one typo does not cascade.</summary>
    private static void DefineGuessedNames(StepSpec step, DefinedNames names)
    {
        if (step.Arguments.Optional("as") is { Length: > 0 } study) names.Studies.TryAdd(study, step.Line);
        if (step.Arguments.Optional("seriesAs") is { Length: > 0 } series) names.Series.TryAdd(series, step.Line);
    }

    private void Add(int line, string path, string message) => problems.Add(new ScenarioProblem(source, line, path, message));

    internal static string List(IEnumerable<string> names) => string.Join(", ", names);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
