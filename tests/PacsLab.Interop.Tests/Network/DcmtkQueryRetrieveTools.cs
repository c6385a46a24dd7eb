namespace PacsLab.Interop.Tests.Network;

/// <summary>DCMTK's query/retrieve programs, each required like the other peers (skip, or fail with PACSLAB_INTEROP=required).</summary>
public static class DcmtkQueryRetrieveTools
{
    public static string FindScu() => TestKit.Interop.RequirePeer("findscu", "dcmtk");
    public static string MoveScu() => TestKit.Interop.RequirePeer("movescu", "dcmtk");
    public static string GetScu() => TestKit.Interop.RequirePeer("getscu", "dcmtk");
    public static string DcmQrScp() => TestKit.Interop.RequirePeer("dcmqrscp", "dcmtk");

    /// <summary>DCMTK's <c>-k</c> options, one per key: <c>-k PatientID=P1 -k PatientName</c>.</summary>
    public static IEnumerable<string> Keys(params string[] keys) => keys.SelectMany(k => new[] { "-k", k });
}
