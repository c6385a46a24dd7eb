namespace PacsLab.Api;

/// <summary>
/// Turns the exceptions services throw for bad requests into RFC 9457 problem details with the service's own
/// message (written for a trainee), instead of a 500.
/// </summary>
public sealed class ApiExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ArgumentException ex)
        {
            return Results.Problem(title: "The request is not valid", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (FormatException ex)
        {
            return Results.Problem(title: "The request is not valid", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
