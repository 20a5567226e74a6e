using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace TeamsCrm.Web.Tab.Charts;

/// <summary>
/// Writes SVG markup as one string, every attribute value and text encoded as Razor encodes them. A chart's drawing
/// has nothing interactive, so it is rendered as one markup frame instead of one frame per element and attribute
/// (a bar chart of six points was about 150 frames), which the page's prerender and every re-render pay for.
/// </summary>
internal sealed class SvgWriter
{
    /// <summary>What needs no encoding (numbers, class names, "xMinYMin meet"): written as is, everything else encoded.</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_");

    private readonly StringBuilder _markup = new(4096);

    /// <summary>Opens an element with its attributes (a null value leaves the attribute out).</summary>
    public SvgWriter Open(string element, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _markup.Append('<').Append(element);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _markup.Append(' ').Append(name).Append("=\"");
                Encoded(value).Append('"');
            }
        }

        _markup.Append('>');
        return this;
    }

    /// <summary>An element without children.</summary>
    public SvgWriter Empty(string element, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(element, attributes);
        _markup.Length--;
        _markup.Append(" />");
        return this;
    }

    /// <summary>An element holding text only.</summary>
    public SvgWriter Text(string element, string text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(element, attributes).Content(text).Close(element);

    public SvgWriter Close(string element)
    {
        _markup.Append("</").Append(element).Append('>');
        return this;
    }

    public override string ToString() => _markup.ToString();

    private SvgWriter Content(string text)
    {
        Encoded(text);
        return this;
    }

    private StringBuilder Encoded(string text) =>
        _markup.Append(text.AsSpan().ContainsAnyExcept(Plain) ? HtmlEncoder.Default.Encode(text) : text);
}
