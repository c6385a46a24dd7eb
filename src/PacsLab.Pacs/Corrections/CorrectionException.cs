namespace PacsLab.Pacs.Corrections;

/// <summary>
/// A correction that was refused or could not be carried out. The message is meant for the trainee: it names the
/// operation, the study or patient, and what to do instead ("purge: study 1.2.3 is not in the recycle bin; delete it
/// first"). Whenever this is thrown, the index and the archive are exactly as they were before the operation.
/// </summary>
public sealed class CorrectionException : Exception
{
    public CorrectionException(CorrectionErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public CorrectionErrorKind Kind { get; }
}
