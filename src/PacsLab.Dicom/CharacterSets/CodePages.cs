using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>The .NET code pages behind the DICOM character sets (System.Text.Encoding.CodePages, in the shared framework).</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// A code page that encodes a character it lacks to no bytes (so a short count reveals it, without exceptions)
    /// and decodes an undefined byte sequence to U+FFFD.
    /// </summary>
    public static Encoding Get(int codePage) =>
        Encoding.GetEncoding(codePage, new EncoderReplacementFallback(""), new DecoderReplacementFallback("\uFFFD"));

    /// <summary>A code page that throws on a character it lacks; used to encode whole values on the fast path.</summary>
    public static Encoding GetStrict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));
}
