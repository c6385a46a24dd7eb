namespace PacsLab.Api.Department;

/// <summary>The department's REST API: /api/lab, /api/department/modalities, /api/department/workstation, /api/ris.</summary>
public static class DepartmentApi
{
    public static void MapDepartmentApi(this IEndpointRouteBuilder app)
    {
        LabEndpoints.Map(app.MapGroup("/api/lab").WithTags("Lab").AddEndpointFilter<ApiExceptionFilter>());
        var department = app.MapGroup("/api/department").AddEndpointFilter<DepartmentExceptionFilter>().AddEndpointFilter<ApiExceptionFilter>();
        ModalityEndpoints.Map(department.MapGroup("/modalities").WithTags("Modalities"));
        WorkstationEndpoints.Map(department.MapGroup("/workstation").WithTags("Workstation"));
        WorkstationListenerEndpoints.Map(department.MapGroup("/workstation/listener").WithTags("Workstation"));
        RisEndpoints.Map(app.MapGroup("/api/ris").WithTags("RIS").AddEndpointFilter<DepartmentExceptionFilter>().AddEndpointFilter<ApiExceptionFilter>());
    }
}
