using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;

namespace PacsLab.Api;

/// <summary>A remote AE as the API shows and accepts it.</summary>
public sealed record RemoteAe(string AeTitle, string Host, int Port, string Description = "", bool MayStore = true, bool MayQuery = true,
    bool MayRetrieve = true, bool IsMoveDestination = false)
{
    public static RemoteAe From(RemoteAeRecord r) => new(r.AeTitle, r.Host, r.Port, r.Description, r.MayStore, r.MayQuery, r.MayRetrieve, r.IsMoveDestination);
}

/// <summary>The switchable association checks; a null field in a change request leaves that check as it is.</summary>
public sealed record AssociationChecks(bool? CheckCalledAeTitle, bool? CheckCallingAeTitle, bool? CheckPeerHost);

/// <summary>The AE table: list, read, add or change, remove, test with C-ECHO; and the association checks.</summary>
public static class AeTableEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (AeDirectory directory) => directory.Snapshot.RemoteAes.Select(RemoteAe.From).ToList()).WithName("ListAes");
        group.MapGet("/{aeTitle}", Get).WithName("GetAe");
        group.MapPut("/{aeTitle}", SaveAsync).WithName("SaveAe");
        group.MapDelete("/{aeTitle}", RemoveAsync).WithName("RemoveAe");
        group.MapPost("/{aeTitle}/echo", EchoAsync).WithName("EchoAe");
    }

    /// <summary>The checks live beside the AE table, not under it, so that no AE title (not even "checks") is shadowed.</summary>
    public static void MapChecks(RouteGroupBuilder group)
    {
        group.MapGet("/", (AeDirectory directory) => Checks(directory.Snapshot.Settings)).WithName("GetAssociationChecks");
        group.MapPut("/", UpdateChecksAsync).WithName("UpdateAssociationChecks");
    }

    private static IResult Get(string aeTitle, AeDirectory directory) =>
        directory.Snapshot.Find(aeTitle) is { } ae ? Results.Ok(RemoteAe.From(ae)) : NotInTable(aeTitle);

    private static async Task<IResult> SaveAsync(string aeTitle, RemoteAe body, AeDirectory directory, HttpContext http, CancellationToken cancellationToken)
    {
        if (body.AeTitle.Trim() != aeTitle.Trim())
            return Results.Problem(title: "AE title mismatch", statusCode: 400,
                detail: $"The address names '{aeTitle}' but the body names '{body.AeTitle}'. To rename an AE, remove the old entry and add the new one.");
        var saved = await directory.SaveAsync(new RemoteAeRecord
        {
            AeTitle = body.AeTitle, Host = body.Host, Port = body.Port, Description = body.Description, MayStore = body.MayStore,
            MayQuery = body.MayQuery, MayRetrieve = body.MayRetrieve, IsMoveDestination = body.IsMoveDestination,
        }, Actor(http), cancellationToken);
        return Results.Ok(RemoteAe.From(saved));
    }

    private static async Task<IResult> RemoveAsync(string aeTitle, AeDirectory directory, HttpContext http, CancellationToken cancellationToken) =>
        await directory.RemoveAsync(aeTitle, Actor(http), cancellationToken) ? Results.NoContent() : NotInTable(aeTitle);

    private static async Task<IResult> EchoAsync(string aeTitle, AeVerification verification, CancellationToken cancellationToken) =>
        await verification.EchoAsync(aeTitle, cancellationToken) is { } check ? Results.Ok(check) : NotInTable(aeTitle);

    private static async Task<AssociationChecks> UpdateChecksAsync(AssociationChecks body, AeDirectory directory, HttpContext http, CancellationToken cancellationToken) =>
        Checks(await directory.UpdateSettingsAsync(body.CheckCalledAeTitle, body.CheckCallingAeTitle, body.CheckPeerHost, Actor(http), cancellationToken));

    private static AssociationChecks Checks(PacsSettingsRecord s) => new(s.CheckCalledAeTitle, s.CheckCallingAeTitle, s.CheckPeerHost);

    private static IResult NotInTable(string aeTitle) =>
        Results.Problem(title: "Not in the AE table", statusCode: 404, detail: $"There is no AE table entry with the title '{aeTitle}'. AE titles are case-sensitive.");

    /// <summary>Who made a change: the X-PacsLab-User header (the console and CLI send the trainee's name), else "api".</summary>
    internal static string Actor(HttpContext http) =>
        http.Request.Headers["X-PacsLab-User"].FirstOrDefault() is { Length: > 0 } user ? $"api:{user}" : "api";
}
