using System.Reflection;

namespace PacsLab.Scenarios.Catalog;

/// <summary>
/// Every fault, objective, guard and action this assembly defines, by the name a scenario uses for it. Each is a
/// small class with a parameterless constructor; adding one to the assembly adds it to the catalog.
/// </summary>
public sealed class ScenarioCatalog
{
    private static readonly Lazy<ScenarioCatalog> Shared = new(() => FromAssembly(typeof(ScenarioCatalog).Assembly));

    public ScenarioCatalog(IEnumerable<IFault> faults, IEnumerable<IObjective> objectives, IEnumerable<IGuard> guards, IEnumerable<IScenarioAction> actions)
    {
        Faults = ByType(faults);
        Objectives = ByType(objectives);
        Guards = ByType(guards);
        Actions = ByType(actions);
    }

    public static ScenarioCatalog Default => Shared.Value;

    public IReadOnlyDictionary<string, IFault> Faults { get; }
    public IReadOnlyDictionary<string, IObjective> Objectives { get; }
    public IReadOnlyDictionary<string, IGuard> Guards { get; }
    public IReadOnlyDictionary<string, IScenarioAction> Actions { get; }

    public static ScenarioCatalog FromAssembly(Assembly assembly)
    {
        var types = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null).ToList();
        IEnumerable<T> All<T>() => types.Where(t => typeof(T).IsAssignableFrom(t)).Select(t => (T)Activator.CreateInstance(t)!);
        return new ScenarioCatalog(All<IFault>(), All<IObjective>(), All<IGuard>(), All<IScenarioAction>());
    }

    private static IReadOnlyDictionary<string, T> ByType<T>(IEnumerable<T> entries) where T : ICatalogEntry
    {
        var map = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!map.TryAdd(entry.Type, entry))
                throw new InvalidOperationException($"Two {typeof(T).Name} entries are named '{entry.Type}': {map[entry.Type].GetType().Name} and {entry.GetType().Name}.");
        }
        return map;
    }
}
