using PacsLab.Department.Configuration;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// One run of <see cref="ScenarioValidator"/> over a scenario, section by section in the order the runner carries
/// them out (setup, faults, traffic, then objectives, guards, solution and wrong fixes), so "defined earlier" means
/// what the runner will have done by then.
/// </summary>
internal sealed class ScenarioValidation
{
    private const string RunOrderNote = "steps run in file order (setup, faults, traffic), so a name must be given before a step uses it";
    private const string CheckNote = "objectives and guards may use names from setup, faults and traffic only (they are checked right after the start too)";

    private readonly Scenario _scenario;
    private readonly ScenarioCatalog _catalog;
    private readonly ScenarioReferences _references;
    private readonly List<ScenarioProblem> _problems = [];
    private readonly Dictionary<string, string> _patients;
    private readonly Dictionary<string, int> _orders = new(StringComparer.Ordinal);
    private readonly DefinedNames _everywhere = new();
    private readonly StepValidation _steps;

    public ScenarioValidation(Scenario scenario, ScenarioCatalog catalog, ScenarioReferences references)
    {
        _scenario = scenario;
        _catalog = catalog;
        _references = references;
        _patients = new Dictionary<string, string>(references.Patients, StringComparer.Ordinal);
        _steps = new StepValidation(scenario.Source, references, _patients, _orders, _everywhere, _problems);
    }

    public List<ScenarioProblem> Run()
    {
        CollectEveryDefinition();
        var names = new DefinedNames();
        CheckPatients();
        CheckOrders();
        CheckStudies(names);
        CheckSteps(_scenario.Setup.Devices, "setup.devices", _catalog.Actions, "action", names, RunOrderNote);
        CheckSteps(_scenario.Faults, "faults", _catalog.Faults, "fault type", names, RunOrderNote);
        CheckSteps(_scenario.Traffic, "traffic", _catalog.Actions, "action", names, RunOrderNote);

        CheckObjectives(names);
        CheckGuards(names);
        CheckSteps(_scenario.Solution, "solution", _catalog.Actions, "action", names.Copy(), RunOrderNote);
        CheckWrongFixes(names);
        return _problems;
    }

    private void CheckPatients()
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _scenario.Setup.Patients.Count; i++)
        {
            var patient = _scenario.Setup.Patients[i];
            if (patient.Id.Length == 0) continue;
            var path = $"setup.patients[{i}].id";
            if (lines.TryGetValue(patient.Id, out var first))
                Add(patient.Line, path, $"the patient ID '{patient.Id}' is already used by the patient at line {first}; give each patient an ID of its own");
            else if (_references.Patients.TryGetValue(patient.Id, out var name))
                Add(patient.Line, path, $"'{patient.Id}' is already a patient of the sample catalog ({name}); use that patient by ID, or give the new one an ID the catalog does not use");
            else
            {
                lines[patient.Id] = patient.Line;
                _patients[patient.Id] = patient.Name;
            }
        }
    }

    private void CheckOrders()
    {
        for (var i = 0; i < _scenario.Setup.Orders.Count; i++)
        {
            var order = _scenario.Setup.Orders[i];
            var path = $"setup.orders[{i}]";
            if (order.AccessionNumber.Length > 0)
            {
                if (_orders.TryGetValue(order.AccessionNumber, out var first))
                    Add(order.Line, $"{path}.accession", $"the accession number '{order.AccessionNumber}' is already used by the order at line {first}; an accession number names one order");
                else if (_references.Orders.TryGetValue(order.AccessionNumber, out var existing))
                    Add(order.Line, $"{path}.accession", $"the accession number '{order.AccessionNumber}' is already an order of the sample catalog ({existing}); " +
                        "give the scenario's orders accession numbers of their own prefix");
                else
                    _orders[order.AccessionNumber] = order.Line;
            }
            if (order.PatientId.Length > 0 && _steps.PatientProblem(order.PatientId) is { } patient) Add(order.Line, $"{path}.patient", patient);
            if (order.Device.Length > 0 && _steps.DeviceProblem(null, order.Device) is { } device) Add(order.Line, $"{path}.device", device);
            if (order.StationAeTitle is { } station && AeTitleRule.Problem(station) is { } title)
                Add(order.Line, $"{path}.station", $"{title}; 'station' is the Scheduled Station AE Title (0040,0001) the worklist entry carries");
        }
    }

    private void CheckStudies(DefinedNames names)
    {
        for (var i = 0; i < _scenario.Setup.Studies.Count; i++)
        {
            var study = _scenario.Setup.Studies[i];
            var path = $"setup.studies[{i}]";
            if (study.PatientId.Length > 0 && _steps.PatientProblem(study.PatientId) is { } patient) Add(study.Line, $"{path}.patient", patient);
            if (study.Device.Length > 0 && _steps.DeviceProblem(null, study.Device) is { } device) Add(study.Line, $"{path}.device", device);
            _steps.Define(names.Studies, "study", study.Name, study.Line, $"{path}.as");
        }
    }

    private void CheckSteps<T>(IReadOnlyList<StepSpec> steps, string section, IReadOnlyDictionary<string, T> entries, string what, DefinedNames names, string note)
        where T : ICatalogEntry
    {
        for (var i = 0; i < steps.Count; i++) _steps.Check(steps[i], $"{section}[{i}]", entries, what, names, note);
    }

    private void CheckObjectives(DefinedNames names)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _scenario.Objectives.Count; i++)
        {
            var objective = _scenario.Objectives[i];
            UniqueId(ids, "objective", objective.Id, objective.Line, $"objectives[{i}].id");
            _steps.Check(new StepSpec(objective.Type, objective.Arguments, objective.Line), $"objectives[{i}]", _catalog.Objectives, "objective type", names.Copy(), CheckNote);
        }
    }

    private void CheckGuards(DefinedNames names)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _scenario.Guards.Count; i++)
        {
            var guard = _scenario.Guards[i];
            UniqueId(ids, "guard", guard.Id, guard.Line, $"guards[{i}].id");
            _steps.Check(new StepSpec(guard.Type, guard.Arguments, guard.Line), $"guards[{i}]", _catalog.Guards, "guard type", names.Copy(), CheckNote);
        }
    }

    private void CheckWrongFixes(DefinedNames names)
    {
        var guardIds = _scenario.Guards.Select(g => g.Id).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        for (var w = 0; w < _scenario.WrongFixes.Count; w++)
        {
            var fix = _scenario.WrongFixes[w];
            CheckSteps(fix.Steps, $"wrongFixes[{w}].steps", _catalog.Actions, "action", names.Copy(), RunOrderNote);
            if (fix.Trips.Count == 0)
                Add(fix.Line, $"wrongFixes[{w}].trips", $"the wrong fix '{fix.Name}' names no guard in 'trips'; list the guard ids it must trip, e.g. trips: [{guardIds.FirstOrDefault() ?? "guard-id"}]");
            foreach (var trip in fix.Trips.Where(t => !guardIds.Contains(t, StringComparer.Ordinal)))
            {
                var known = guardIds.Count == 0 ? "This scenario has no guards; define it under 'guards:'" : $"The guards are: {StepValidation.List(guardIds)}";
                Add(fix.Line, $"wrongFixes[{w}].trips", $"the wrong fix '{fix.Name}' trips '{trip}', which is not a guard id of this scenario.{NearestName.DidYouMean(trip, guardIds)} {known}");
            }
        }
    }

    private void UniqueId(Dictionary<string, int> ids, string what, string id, int line, string path)
    {
        if (id.Length == 0) return;
        if (ids.TryGetValue(id, out var first))
            Add(line, path, $"the {what} id '{id}' is already used at line {first}; each {what} needs an id of its own (feedback and reports name it)");
        else
            ids[id] = line;
    }

    /// <summary>Every name any step defines, wherever it is, so "used before it is defined" can say where it is defined.</summary>
    private void CollectEveryDefinition()
    {
        foreach (var study in _scenario.Setup.Studies.Where(s => s.Name.Length > 0)) _everywhere.Studies.TryAdd(study.Name, study.Line);
        Collect(_scenario.Setup.Devices, _catalog.Actions);
        Collect(_scenario.Faults, _catalog.Faults);
        Collect(_scenario.Traffic, _catalog.Actions);
        Collect(_scenario.Solution, _catalog.Actions);
        foreach (var fix in _scenario.WrongFixes) Collect(fix.Steps, _catalog.Actions);
    }

    private void Collect<T>(IEnumerable<StepSpec> steps, IReadOnlyDictionary<string, T> entries) where T : ICatalogEntry
    {
        foreach (var step in steps)
        {
            if (!entries.TryGetValue(step.Type, out var entry)) continue;
            foreach (var spec in entry.Parameters.Where(p => p.Kind is ParameterKind.NewStudyName or ParameterKind.NewSeriesName))
            {
                var scope = spec.Kind == ParameterKind.NewStudyName ? _everywhere.Studies : _everywhere.Series;
                foreach (var name in step.Arguments.List(spec.Name).Where(n => n.Length > 0)) scope.TryAdd(name, step.Arguments.LineOf(spec.Name));
            }
        }
    }

    private void Add(int line, string path, string message) => _problems.Add(new ScenarioProblem(_scenario.Source, line, path, message));
}
