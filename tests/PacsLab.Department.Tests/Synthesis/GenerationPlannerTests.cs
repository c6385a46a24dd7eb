using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Tests.Synthesis;

public class GenerationPlannerTests
{
    private static readonly SampleCatalog Catalog = SampleCatalogLoader.LoadEmbedded();

    [Fact]
    public void Plan_MorePatientsThanTheCatalog_TakesCatalogPatientsThenSyntheticOnes()
    {
        var plan = new GenerationPlan(["CT"], Catalog.Patients.Count + 3, 1, 5, new DateOnly(2025, 2, 1));

        var requests = GenerationPlanner.Plan(Catalog, plan);

        Assert.Equal(Catalog.Patients.Count + 3, requests.Count);
        Assert.Equal(Catalog.Patients.Select(p => p.Id), requests.Take(Catalog.Patients.Count).Select(r => r.Patient.PatientId));
        var synthetic = requests.Skip(Catalog.Patients.Count).Select(r => r.Patient).ToList();
        Assert.Equal(3, synthetic.Select(p => p.PatientId).Distinct().Count());
        Assert.All(synthetic, p => Assert.StartsWith("SY005", p.PatientId, StringComparison.Ordinal));
        Assert.All(synthetic, p => Assert.Contains('^', p.PatientName));
        Assert.Equal(requests.Count, requests.Select(r => r.AccessionNumber).Distinct().Count());
        Assert.Equal(requests.Count, requests.Select(r => r.Seed).Distinct().Count());
    }

    [Fact]
    public void Plan_PatientWithAnOrder_UsesTheOrder()
    {
        var request = GenerationPlanner.Plan(Catalog, new GenerationPlan(["CT"], 1, 1, 1, new DateOnly(2025, 2, 1)))[0];

        var order = Catalog.FindOrder("A10001")!;
        Assert.Equal(order.PatientId, request.Patient.PatientId);
        Assert.Equal(order.AccessionNumber, request.AccessionNumber);
        Assert.Equal(order.RequestedProcedureDescription, request.StudyDescription);
        Assert.Equal(order.ScheduledStationAeTitle, request.StationAeTitle);
        Assert.Equal(new DateTime(2025, 2, 1, 8, 0, 0), request.AcquiredAt);
    }

    [Fact]
    public void Plan_SeveralModalities_TakesThemInTurn()
    {
        var requests = GenerationPlanner.Plan(Catalog, new GenerationPlan(["CT", "US"], 2, 2, 1, new DateOnly(2025, 2, 1)));

        Assert.Equal(["CT", "US", "CT", "US"], requests.Select(r => r.Modality));
    }

    [Fact]
    public void Plan_SameSeedTwice_SameRequests()
    {
        var plan = new GenerationPlan(["MR"], 15, 2, 9, new DateOnly(2025, 2, 1));

        Assert.Equal(GenerationPlanner.Plan(Catalog, plan), GenerationPlanner.Plan(Catalog, plan));
    }
}
