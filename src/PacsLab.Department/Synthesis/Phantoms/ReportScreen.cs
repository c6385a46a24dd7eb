using System.Globalization;
using PacsLab.Department.Synthesis.Drawing;

namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>
/// A screenshot of a reporting application showing the study's report: a title bar, the patient and order, and
/// findings picked by the seed, with a small key image. What a secondary capture of a report looks like.
/// </summary>
internal static class ReportScreen
{
    private static readonly Rgb TitleBar = new(38, 70, 140);
    private static readonly Rgb Window = new(226, 228, 232);
    private static readonly Rgb Ink = new(25, 25, 30);
    private static readonly Rgb Heading = new(30, 60, 120);

    private static readonly string[][] Findings =
    [
        ["THE LUNGS ARE CLEAR.", "NO PLEURAL EFFUSION OR PNEUMOTHORAX.", "HEART SIZE IS NORMAL."],
        ["A 7 MM NODULE IN THE RIGHT UPPER LOBE.", "NO LYMPHADENOPATHY.", "NO PLEURAL EFFUSION."],
        ["MILD BIBASILAR ATELECTASIS.", "NO FOCAL CONSOLIDATION.", "MEDIASTINUM IS UNREMARKABLE."],
        ["NO ACUTE ABNORMALITY.", "DEGENERATIVE CHANGES OF THE SPINE.", "COMPARISON: NONE."],
    ];

    private static readonly string[] Impressions =
    [
        "NO ACUTE CARDIOPULMONARY DISEASE.",
        "PULMONARY NODULE: FOLLOW-UP CT IN 6 MONTHS.",
        "MINOR ATELECTASIS, OTHERWISE NORMAL.",
        "NO ACUTE FINDINGS.",
    ];

    public static RgbCanvas Draw(int width, int height, ReportContent content, SeededRandom random)
    {
        var canvas = new RgbCanvas(width, height);
        var scale = Math.Max(1, width / 400);
        var line = BitmapFont.LineHeight * scale;
        canvas.FillRectangle(0, 0, width, height, Window);
        canvas.FillRectangle(0, 0, width, line + 4 * scale, TitleBar);
        canvas.DrawText(3 * scale, 3 * scale, $"PACSLAB REPORTS - {content.AccessionNumber}", Rgb.White, scale);

        var pageLeft = 8 * scale;
        var pageTop = line + 10 * scale;
        canvas.FillRectangle(pageLeft, pageTop, width - 2 * pageLeft, height - pageTop - 8 * scale, Rgb.White);
        var x = pageLeft + 6 * scale;
        var y = pageTop + 6 * scale;
        canvas.DrawText(x, y, "RADIOLOGY REPORT", Heading, scale * 2);
        y += 2 * line + 2 * scale;
        string[] header =
        [
            $"PATIENT:   {UltrasoundOverlay.DisplayName(content.PatientName)}",
            $"ID:        {content.PatientId}",
            $"BORN:      {content.BirthDate}   SEX: {content.Sex}",
            $"ACCESSION: {content.AccessionNumber}",
            $"EXAM:      {content.Description}",
            $"DATE:      {content.ReportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}",
            $"REFERRING: {UltrasoundOverlay.DisplayName(content.ReferringPhysician)}",
        ];
        foreach (var text in header) y = Line(canvas, x, y, text, Ink, scale, line);
        canvas.FillRectangle(x, y + scale, width - 2 * x, scale, Heading);
        y += 3 * scale;

        var pick = random.NextInt(0, Findings.Length);
        y = Line(canvas, x, y + line / 2, "FINDINGS:", Heading, scale, line);
        foreach (var text in Findings[pick]) y = Line(canvas, x + 2 * BitmapFont.Advance * scale, y, text, Ink, scale, line);
        y = Line(canvas, x, y + line / 2, "IMPRESSION:", Heading, scale, line);
        Line(canvas, x + 2 * BitmapFont.Advance * scale, y, Impressions[pick], Ink, scale, line);
        DrawKeyImage(canvas, width - pageLeft - 6 * scale - width / 5, pageTop + 6 * scale, width / 5);
        return canvas;
    }

    private static int Line(RgbCanvas canvas, int x, int y, string text, Rgb colour, int scale, int line)
    {
        var fits = Math.Max(4, (canvas.Width - x - 8 * scale) / (BitmapFont.Advance * scale));
        canvas.DrawText(x, y, text.Length <= fits ? text : text[..fits], colour, scale);
        return y + line;
    }

    /// <summary>A thumbnail of an axial chest slice: dark field, bright body, dark lungs, a bright spine.</summary>
    private static void DrawKeyImage(RgbCanvas canvas, int left, int top, int size)
    {
        for (var py = 0; py < size; py++)
        {
            for (var px = 0; px < size; px++)
            {
                var x = (px + 0.5) / size * 2 - 1;
                var y = (py + 0.5) / size * 2 - 1;
                byte level = 10;
                if (Inside(x, y, 0, 0.05, 0.9, 0.6)) level = 120;
                if (Inside(x, y, -0.42, 0, 0.3, 0.42) || Inside(x, y, 0.42, 0, 0.28, 0.4)) level = 30;
                if (Inside(x, y, 0, 0.4, 0.1, 0.1)) level = 235;
                canvas.SetGray(left + px, top + py, level);
            }
        }
    }

    private static bool Inside(double x, double y, double cx, double cy, double rx, double ry) =>
        (x - cx) * (x - cx) / (rx * rx) + (y - cy) * (y - cy) / (ry * ry) < 1;
}
