namespace TeamsCrm.Web.Tests.Legal;

/// <summary>The privacy and terms pages the app manifest links to exist, in English and German.</summary>
public sealed class LegalPagesTests
{
    [Theory]
    [InlineData("/privacy", null, "en", "TeamsCrm privacy statement")]
    [InlineData("/privacy", "de-DE,de;q=0.9,en;q=0.8", "de", "Datenschutzhinweise für TeamsCrm")]
    [InlineData("/privacy", "fr-FR,de;q=0.5,en;q=0.9", "en", "TeamsCrm privacy statement")]
    [InlineData("/terms", "en-GB", "en", "TeamsCrm terms of use")]
    [InlineData("/terms", "de-AT", "de", "Nutzungsbedingungen für TeamsCrm")]
    [InlineData("/terms?lang=de", "en-US", "de", "Nutzungsbedingungen für TeamsCrm")]
    public async Task Get_LegalPage_InThePreferredLanguage(string path, string? acceptLanguage, string htmlLang, string title)
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{htmlLang}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.True(html.Split("<p>").Length > 3, "the page has fewer than three paragraphs: " + html);
    }
}
