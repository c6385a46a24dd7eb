using PacsLab.Department.Catalog;
using PacsLab.Department.Configuration;
using PacsLab.Department.Hosting;

namespace PacsLab.Hosting;

/// <summary>What `pacslab lab` runs: the department, where its state lives, the catalog and the acquisition trickle.</summary>
public sealed record LabSettings(DepartmentOptions Department, string DataDirectory, TrickleOptions Trickle, SampleCatalog? Catalog = null);
