namespace PacsLab.Dicom.Imaging;

/// <summary>
/// An image cannot be rendered. The message says what is wrong in DICOM terms and in plain words, and where to look;
/// <see cref="Error"/> classifies it.
/// </summary>
public sealed class DicomImagingException : Exception
{
    public DicomImagingException(DicomImagingError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    public DicomImagingError Error { get; }
}
