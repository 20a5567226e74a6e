using System.Globalization;
using System.Resources;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TeamsCrm.Web.Legal;

/// <summary>
/// GET /privacy and GET /terms: the pages the Teams app manifest links to (privacyUrl, termsOfUseUrl), in
/// German when the browser prefers German (Accept-Language, or ?lang=de|en), English otherwise.
/// </summary>
public static class LegalPagesEndpointRouteBuilderExtensions
{
    private static readonly ResourceManager Texts = new("TeamsCrm.Web.Legal.Resources.LegalTexts", typeof(LegalPagesEndpointRouteBuilderExtensions).Assembly);
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IEndpointRouteBuilder MapCrmLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", (HttpRequest request) => Page("Privacy", CultureOf(request)));
        endpoints.MapGet("/terms", (HttpRequest request) => Page("Terms", CultureOf(request)));
        return endpoints;
    }

    private static IResult Page(string page, CultureInfo culture)
    {
        var title = Text($"{page}.Title", culture);
        var paragraphs = Text($"{page}.Body", culture)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{Html.Encode(p)}</p>");
        var html = $"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Html.Encode(title)}</title></head>
            <body style="font-family: 'Segoe UI', sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
            <h1>{Html.Encode(title)}</h1>
            {string.Join(Environment.NewLine, paragraphs)}
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static string Text(string name, CultureInfo culture) =>
        Texts.GetString(name, culture) ?? throw new InvalidOperationException($"Missing legal text '{name}'.");

    /// <summary>?lang= wins; otherwise the most preferred language of Accept-Language that is German or English.</summary>
    private static CultureInfo CultureOf(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString();
        if (asked.Length > 0)
        {
            return IsGerman(asked) ? German : English;
        }

        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty)
            .FirstOrDefault(l => IsGerman(l) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred is not null && IsGerman(preferred) ? German : English;
    }

    private static bool IsGerman(string language) =>
        language.Equals("de", StringComparison.OrdinalIgnoreCase) || language.StartsWith("de-", StringComparison.OrdinalIgnoreCase);
}
