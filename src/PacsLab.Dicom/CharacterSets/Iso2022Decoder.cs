using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// Decodes a value by following ISO 2022 designations (PS3.5 6.1.2.5): ESC sequences switch the G0 or G1 set,
/// and the state returns to the initial sets at every delimiter <see cref="TextDelimiters"/> lists.
/// Delimiters are only recognised while G0 holds a single-byte set: inside a JIS X 0208 run, 0x5C, 0x5E and 0x3D
/// are halves of two-byte characters (ま is 0x24 0x5E).
/// </summary>
internal static class Iso2022Decoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, DicomVR vr, Iso2022Profile profile, WarningLog warnings)
    {
        if (IsPlainAscii(bytes)) return Encoding.ASCII.GetString(bytes);

        var text = new StringBuilder(bytes.Length);
        var g0 = profile.InitialG0;
        var g1 = profile.InitialG1;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b == TextDelimiters.Escape)
            {
                i += Designate(bytes[i..], profile, warnings, ref g0, ref g1);
                continue;
            }
            if (b < 0x80)
            {
                if (g0.BytesPerCharacter == 2 && b is > 0x20 and < 0x7F)
                {
                    if (i + 1 < bytes.Length && bytes[i + 1] is > 0x20 and < 0x7F)
                    {
                        text.Append(g0.Decode(b, bytes[i + 1]));
                        i += 2;
                    }
                    else
                    {
                        text.Append('\uFFFD');
                        i++;
                    }
                    continue;
                }
                if (TextDelimiters.ResetsState(b, vr))
                {
                    g0 = profile.InitialG0;
                    g1 = profile.InitialG1;
                }
                text.Append(b is > 0x20 and < 0x7F ? g0.Decode(b, 0) : (char)b);
                i++;
                continue;
            }
            i += DecodeHighByte(bytes[i..], g1, text, warnings);
        }
        return text.ToString();
    }

    private static bool IsPlainAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80 || b == TextDelimiters.Escape) return false;
        }
        return true;
    }

    private static int Designate(ReadOnlySpan<byte> bytes, Iso2022Profile profile, WarningLog warnings,
        ref CodeElement g0, ref CodeElement? g1)
    {
        if (!CodeElements.TryMatchEscape(bytes, out var element, out var length))
        {
            warnings.Add($"Text contains the escape sequence {Describe(bytes[..length])}, which no DICOM character set " +
                "defines (PS3.3 Tables C.12-3 and C.12-4); it was skipped and the text after it may be wrong.");
            return length;
        }
        if (!profile.Declares(element!))
        {
            warnings.Add($"Text switches to {element!.Name} with {Describe(element.Escape)}, but Specific Character Set " +
                $"(0008,0005) '{profile.Name}' does not list '{element.Term}'; it was decoded anyway. Add '{element.Term}' " +
                "to (0008,0005) on the sending device.");
        }
        if (element!.Register == GraphicRegister.G0) g0 = element;
        else g1 = element;
        return length;
    }

    /// <summary>Decodes the character that starts with a byte of 0x80 or more; returns how many bytes it used.</summary>
    private static int DecodeHighByte(ReadOnlySpan<byte> bytes, CodeElement? g1, StringBuilder text, WarningLog warnings)
    {
        var b = bytes[0];
        if (b < 0xA0)
        {
            text.Append((char)b);   // C1 control: no DICOM character set puts graphics here
            return 1;
        }
        if (g1 is null)
        {
            warnings.Add("Text contains bytes above 0x7F, but Specific Character Set (0008,0005) names no character " +
                "set for them; they were read as Latin-1 (ISO_IR 100). The sending device probably left (0008,0005) out.");
            text.Append((char)b);
            return 1;
        }
        if (g1.BytesPerCharacter == 1)
        {
            text.Append(g1.Decode(b, 0));
            return 1;
        }
        if (bytes.Length > 1 && bytes[1] is > 0xA0 and < 0xFF)
        {
            text.Append(g1.Decode(b, bytes[1]));
            return 2;
        }
        text.Append('\uFFFD');
        return 1;
    }

    private static string Describe(ReadOnlySpan<byte> escape)
    {
        var parts = new List<string> { "ESC" };
        foreach (var b in escape[1..]) parts.Add(b is > 0x20 and < 0x7F ? ((char)b).ToString() : $"0x{b:X2}");
        return string.Join(' ', parts);
    }
}
