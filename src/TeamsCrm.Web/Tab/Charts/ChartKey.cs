using System.Globalization;
using System.Text;

namespace TeamsCrm.Web.Tab.Charts;

/// <summary>
/// The key of a kept drawing (<see cref="ChartMarkups"/>): every part it depends on, each written as its length (one
/// character, the length as its code) and the part itself. A reader of the key knows where each part ends whatever it
/// holds, so two different sequences of parts never make the same key — unlike parts joined with separator characters,
/// which a label may contain too. As cheap as the separators were: one character per part.
/// </summary>
internal sealed class ChartKey(int capacity = 64)
{
    /// <summary>A part this long or longer has its length in digits after this character (any label or title is shorter).</summary>
    private const char LongPart = '\uffff';

    private readonly StringBuilder _key = new(capacity);

    public ChartKey Part(string? text)
    {
        text ??= string.Empty;
        if (text.Length < LongPart)
        {
            _key.Append((char)text.Length);
        }
        else
        {
            _key.Append(LongPart).Append(text.Length).Append(':');
        }

        _key.Append(text);
        return this;
    }

    /// <summary>An exact number, in the invariant culture.</summary>
    public ChartKey Part(decimal value) => Part(value.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => _key.ToString();
}
