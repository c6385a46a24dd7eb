using PacsLab.Department.Modalities;
using PacsLab.Department.Ris.Orders;

namespace PacsLab.Api.Department;

/// <summary>The department's refusals as problem details: bad input 400, unknown order 404, a conflict 409.</summary>
public sealed class DepartmentExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DeviceInputException ex)
        {
            return Results.Problem(title: "The device refused the input", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = ex.Errors });
        }
        catch (OrderBookException ex)
        {
            var status = ex.Problem switch
            {
                OrderProblem.UnknownAccession => StatusCodes.Status404NotFound,
                OrderProblem.DuplicateAccession or OrderProblem.TransitionNotAllowed => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Problem(title: "The RIS refused the request", detail: ex.Message, statusCode: status);
        }
    }
}
