namespace TeamsCrm.Core.Common;

/// <summary>UTF-16 text that is not well-formed: a surrogate without its partner (a client can still send one).</summary>
public static class Utf16Text
{
    /// <summary>True when <paramref name="text"/> holds a high surrogate not followed by a low one, or a low one alone.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
