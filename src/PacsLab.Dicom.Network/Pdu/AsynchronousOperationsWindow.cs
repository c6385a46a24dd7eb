namespace PacsLab.Dicom.Network.Pdu;

/// <summary>Asynchronous operations window sub-item (53H). PS3.7 D.3.3.3. 0 means unlimited; 1 and 1 is the synchronous default.</summary>
public sealed record AsynchronousOperationsWindow(ushort MaxOperationsInvoked, ushort MaxOperationsPerformed);
