namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>
/// Actions of the DICOM upper layer state machine, named as in PS3.8 Tables 9-6 to 9-9
/// (<see cref="AE1"/> is AE-1; see <see cref="UpperLayerNames.ToStandardName(UpperLayerAction)"/>).
/// What each action does is in <see cref="UpperLayerActionDefinitions"/>.
/// </summary>
public enum UpperLayerAction
{
    /// <summary>AE-1: Issue TRANSPORT CONNECT request primitive to local transport service. Next Sta4.</summary>
    AE1,

    /// <summary>AE-2: Send A-ASSOCIATE-RQ PDU. Next Sta5.</summary>
    AE2,

    /// <summary>AE-3: Issue A-ASSOCIATE confirmation (accept) primitive. Next Sta6.</summary>
    AE3,

    /// <summary>AE-4: Issue A-ASSOCIATE confirmation (reject) primitive and close transport connection. Next Sta1.</summary>
    AE4,

    /// <summary>AE-5: Issue transport connection response primitive; start ARTIM timer. Next Sta2.</summary>
    AE5,

    /// <summary>
    /// AE-6: Stop ARTIM timer and if A-ASSOCIATE-RQ acceptable by service-provider issue A-ASSOCIATE indication
    /// primitive (next Sta3), otherwise issue A-ASSOCIATE-RJ PDU and start ARTIM timer (next Sta13).
    /// </summary>
    AE6,

    /// <summary>AE-7: Send A-ASSOCIATE-AC PDU. Next Sta6.</summary>
    AE7,

    /// <summary>AE-8: Send A-ASSOCIATE-RJ PDU and start ARTIM timer. Next Sta13.</summary>
    AE8,

    /// <summary>DT-1: Send P-DATA-TF PDU. Next Sta6.</summary>
    DT1,

    /// <summary>DT-2: Send P-DATA indication primitive. Next Sta6.</summary>
    DT2,

    /// <summary>AR-1: Send A-RELEASE-RQ PDU. Next Sta7.</summary>
    AR1,

    /// <summary>AR-2: Issue A-RELEASE indication primitive. Next Sta8.</summary>
    AR2,

    /// <summary>AR-3: Issue A-RELEASE confirmation primitive, and close transport connection. Next Sta1.</summary>
    AR3,

    /// <summary>AR-4: Issue A-RELEASE-RP PDU and start ARTIM timer. Next Sta13.</summary>
    AR4,

    /// <summary>AR-5: Stop ARTIM timer. Next Sta1.</summary>
    AR5,

    /// <summary>AR-6: Issue P-DATA indication. Next Sta7.</summary>
    AR6,

    /// <summary>AR-7: Issue P-DATA-TF PDU. Next Sta8.</summary>
    AR7,

    /// <summary>AR-8: Issue A-RELEASE indication (release collision): next Sta9 if association-requestor, else Sta10.</summary>
    AR8,

    /// <summary>AR-9: Send A-RELEASE-RP PDU. Next Sta11.</summary>
    AR9,

    /// <summary>AR-10: Issue A-RELEASE confirmation primitive. Next Sta12.</summary>
    AR10,

    /// <summary>AA-1: Send A-ABORT PDU (service-user source) and start (or restart if already started) ARTIM timer. Next Sta13.</summary>
    AA1,

    /// <summary>AA-2: Stop ARTIM timer if running. Close transport connection. Next Sta1.</summary>
    AA2,

    /// <summary>
    /// AA-3: If service-user initiated abort, issue A-ABORT indication, otherwise (service-provider initiated abort)
    /// issue A-P-ABORT indication; close transport connection. Next Sta1.
    /// </summary>
    AA3,

    /// <summary>AA-4: Issue A-P-ABORT indication primitive. Next Sta1.</summary>
    AA4,

    /// <summary>AA-5: Stop ARTIM timer. Next Sta1.</summary>
    AA5,

    /// <summary>AA-6: Ignore PDU. Next Sta13.</summary>
    AA6,

    /// <summary>AA-7: Send A-ABORT PDU. Next Sta13.</summary>
    AA7,

    /// <summary>AA-8: Send A-ABORT PDU (service-provider source), issue an A-P-ABORT indication, and start ARTIM timer. Next Sta13.</summary>
    AA8,
}
