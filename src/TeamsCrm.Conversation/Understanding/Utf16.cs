namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Drops unpaired surrogates (invalid UTF-16 that a client can still send), before anything calls
/// <see cref="string.Normalize()"/>, which throws on them — Core's NameFolding included.
/// </summary>
internal static class Utf16
{
    public static string Valid(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!Utf16Text.HasLoneSurrogate(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
