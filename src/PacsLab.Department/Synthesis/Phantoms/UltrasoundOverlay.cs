using System.Globalization;
using PacsLab.Department.Synthesis.Drawing;

namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>The text and marks an ultrasound scanner burns into its image: patient, date, probe, depth and a depth scale.</summary>
internal static class UltrasoundOverlay
{
    public const string Probe = "C5-1";

    public static void Draw(RgbCanvas canvas, string patientName, string patientId, string institution, DateTime acquiredAt, string description)
    {
        var scale = Math.Max(1, canvas.Width / 320);
        var line = BitmapFont.LineHeight * scale;
        var margin = 4 * scale;
        canvas.DrawText(margin, margin, Clip(institution, canvas, scale), Rgb.LightGray, scale);
        canvas.DrawText(margin, margin + line, Clip(DisplayName(patientName), canvas, scale), Rgb.Yellow, scale);
        canvas.DrawText(margin, margin + 2 * line, Clip("ID " + patientId, canvas, scale), Rgb.Yellow, scale);
        canvas.DrawText(margin, margin + 3 * line, acquiredAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Rgb.LightGray, scale);

        string[] right = [Probe + " ABD", "4.0 MHZ", $"D {UltrasoundScene.DepthMm / 10:0.0} CM", "GN 52 DR 60"];
        for (var i = 0; i < right.Length; i++)
            canvas.DrawText(canvas.Width - margin - RgbCanvas.TextWidth(right[i], scale), margin + i * line, right[i], Rgb.Green, scale);
        canvas.DrawText(margin, canvas.Height - margin - BitmapFont.GlyphHeight * scale, Clip(description, canvas, scale), Rgb.LightGray, scale);
        DrawDepthScale(canvas, scale, margin + right.Length * line);
    }

    /// <summary>PN "FAMILY^GIVEN^MIDDLE" as a scanner shows it: "FAMILY, GIVEN MIDDLE".</summary>
    public static string DisplayName(string personName)
    {
        var parts = personName.Split('=')[0].Split('^');
        var given = string.Join(' ', parts.Skip(1).Take(2).Where(p => p.Length > 0));
        return given.Length == 0 ? parts[0] : $"{parts[0]}, {given}";
    }

    private static void DrawDepthScale(RgbCanvas canvas, int scale, int below)
    {
        var (apexX, apexY, perMm) = UltrasoundScene.Layout(canvas.Width, canvas.Height);
        var x = (int)(apexX + Math.Sin(36 * Math.PI / 180) * (UltrasoundScene.DepthMm + 8) * perMm) + 6 * scale;
        for (var cm = 0; cm <= UltrasoundScene.DepthMm / 10; cm++)
        {
            var y = (int)Math.Round(apexY + (8 + cm * 10) * perMm);
            if (y < below) continue; // keep clear of the text in the corner
            var length = cm % 5 == 0 ? 5 * scale : 3 * scale;
            canvas.FillRectangle(x, y, length, Math.Max(1, scale / 2), Rgb.LightGray);
            if (cm % 5 == 0 && cm > 0) canvas.DrawText(x + length + scale, y - 3 * scale, cm.ToString(CultureInfo.InvariantCulture), Rgb.LightGray, scale);
        }
        var focus = (int)Math.Round(apexY + (8 + 70) * perMm);
        canvas.DrawText(x - BitmapFont.Advance * scale, focus - 3 * scale, "<", Rgb.Yellow, scale);
    }

    private static string Clip(string text, RgbCanvas canvas, int scale)
    {
        var fits = Math.Max(4, canvas.Width / 2 / (BitmapFont.Advance * scale) - 2);
        return text.Length <= fits ? text : text[..fits];
    }
}
