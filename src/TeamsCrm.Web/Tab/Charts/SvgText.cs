using System.Globalization;

namespace TeamsCrm.Web.Tab.Charts;

/// <summary>What an SVG attribute needs: numbers in invariant notation, labels cut to fit (the full label is the title).</summary>
public static class SvgText
{
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Value(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The label, or its first <paramref name="max"/> − 1 characters and "…".</summary>
    public static string Fit(string label, int max) =>
        label.Length <= max ? label : string.Concat(label.AsSpan(0, max - 1).TrimEnd(), "…");
}
