using SkiaSharp;
using TeamsCrm.Conversation.Insights;

namespace TeamsCrm.Web.ChatInsights;

/// <summary>
/// Draws an insights chart as a PNG: <see cref="Width"/> wide, <see cref="RowHeight"/> per row, bars scaled to their row's
/// largest (each row is one currency: amounts of different currencies never share a scale), the solid part in the brand
/// colour and the light part stacked on it, on a transparent background so it reads in Teams' light and dark themes. No
/// text is drawn (labels and figures are in the card), so no font is needed on the server.
/// </summary>
internal static class ChartRenderer
{
    public const int Width = 640;
    public const int RowHeight = 140;
    public const int Padding = 16;

    private static readonly SKColor Solid = new(0x5B, 0x5F, 0xC7);
    private static readonly SKColor Light = new(0x5B, 0x5F, 0xC7, 0x66);
    private static readonly SKColor Baseline = new(0x8A, 0x88, 0x86);

    public static int HeightFor(InsightsChart chart) => (Padding * 2) + (Math.Max(1, chart.Rows.Count) * RowHeight);

    public static byte[] Png(InsightsChart chart)
    {
        var info = new SKImageInfo(Width, HeightFor(chart), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var solid = new SKPaint { Color = Solid, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var light = new SKPaint { Color = Light, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var baseline = new SKPaint { Color = Baseline, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        for (var r = 0; r < chart.Rows.Count; r++)
        {
            DrawRow(canvas, chart.Rows[r], Padding + (r * RowHeight), solid, light, baseline);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void DrawRow(SKCanvas canvas, IReadOnlyList<ChartBar> bars, float top, SKPaint solid, SKPaint light, SKPaint baseline)
    {
        var bottom = top + RowHeight - 12;
        canvas.DrawLine(Padding, bottom, Width - Padding, bottom, baseline);
        var max = bars.Count == 0 ? 0 : bars.Max(bar => bar.Total);
        if (max == 0)
        {
            return;
        }

        var slot = (Width - (Padding * 2f)) / bars.Count;
        var barWidth = Math.Min(72f, slot * 0.6f);
        var usable = RowHeight - 24f;
        for (var i = 0; i < bars.Count; i++)
        {
            var left = Padding + (i * slot) + ((slot - barWidth) / 2);
            var solidHeight = (float)((double)bars[i].Solid / max * usable);
            var totalHeight = (float)((double)bars[i].Total / max * usable);
            canvas.DrawRect(SKRect.Create(left, bottom - totalHeight, barWidth, totalHeight - solidHeight), light);
            canvas.DrawRect(SKRect.Create(left, bottom - solidHeight, barWidth, solidHeight), solid);
        }
    }
}
