using System.Globalization;
using System.Text;

namespace TeamsCrm.Core.Search;

/// <summary>
/// Folds names for search: case, German umlauts (ä → ae) and ß (→ ss), other accents (é → e) and
/// punctuation all disappear, so "mueller", "müller" and "MÜLLER" find "Müller Maschinenbau GmbH".
/// Characters outside the basic plane (emoji) and broken UTF-16 are dropped, never an error.
/// </summary>
public static class NameFolding
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "ev", "se", "co", "ltd", "limited", "inc",
        "incorporated", "llc", "llp", "plc", "corp", "corporation", "company", "sa", "sarl", "sas", "srl",
        "spa", "bv", "nv", "ab", "as", "oy", "pty",
    };

    /// <summary>The folded form: lower-case ASCII letters and digits separated by single spaces.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        var wellFormed = text.Any(char.IsSurrogate) ? new string(text.Where(c => !char.IsSurrogate(c)).ToArray()) : text;
        foreach (var c in wellFormed.ToLowerInvariant().Normalize(NormalizationForm.FormC))
        {
            var replacement = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                _ => null,
            };
            if (replacement is not null)
            {
                Append(builder, replacement, ref pendingSpace);
                continue;
            }

            foreach (var decomposed in c.ToString().Normalize(NormalizationForm.FormD))
            {
                var part = char.ToLowerInvariant(decomposed);
                if (CharUnicodeInfo.GetUnicodeCategory(part) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (part is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    Append(builder, part.ToString(), ref pendingSpace);
                }
                else
                {
                    pendingSpace = builder.Length > 0;
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded words of a name without legal forms ("Müller Maschinenbau GmbH" → mueller, maschinenbau).</summary>
    public static IReadOnlyList<string> SignificantWords(string? name)
    {
        var words = Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var significant = words.Where(w => !LegalForms.Contains(w)).ToArray();
        return significant.Length > 0 ? significant : words;
    }

    /// <summary>
    /// The keys under which a name is found by prefix: the folded significant name starting at each
    /// of its words, so "maschinenbau" finds "Müller Maschinenbau GmbH" too.
    /// </summary>
    public static IReadOnlyList<string> SearchKeys(string? name, int maxLength = 120)
    {
        var words = SignificantWords(name);
        var keys = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var key = string.Join(' ', words.Skip(i));
            key = key.Length > maxLength ? key[..maxLength] : key;
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static void Append(StringBuilder builder, string text, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        builder.Append(text);
    }
}
