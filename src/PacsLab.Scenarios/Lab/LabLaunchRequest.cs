using PacsLab.Department.Configuration;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Lab;

/// <summary>
/// What a scenario's lab needs: its own data directory and department (every port its own), the HTTP port, and the
/// slot where the lab's /api/scenario endpoints find the session once the runner has set it up.
/// </summary>
public sealed record LabLaunchRequest(string DataDirectory, DepartmentOptions Department, int HttpPort, ScenarioSessionSlot Session);
