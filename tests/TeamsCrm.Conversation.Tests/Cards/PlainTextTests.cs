namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>
/// <see cref="PlainText"/> escapes typed text so that markdown-it (a real CommonMark renderer, with HTML off and on,
/// linkify on) shows it as typed: nothing but paragraphs, line breaks and links of bare URLs the person typed.
/// </summary>
public sealed class PlainTextTests(PlainTextRenderingFixture fixture) : IClassFixture<PlainTextRenderingFixture>
{
    [Theory]
    [MemberData(nameof(TypedTexts))]
    public void Markdown_TypedText_RendersAsTypedWithNothingActive(string typed)
    {
        var renderings = fixture.Rendered[typed];

        Assert.Equal(4, renderings.Count);
        Assert.All(renderings, r => Assert.Null(MarkdownRenderer.Active(r)));
        Assert.All(renderings, r => Assert.Equal(MarkdownRenderer.Layout(CardFormat.Defuse(typed)), r.Text));
    }

    public static TheoryData<string> TypedTexts => new(Typed);

    internal static readonly string[] Typed =
    [
        .. PlainTextTurnTests.Injections,
        "Title\n===\nbody",
        "line one\n  - two\n3) three\n> quoted",
        "a\\*b\\ c",
        "&#x41; &copy; Procter & Gamble",
        "Müller & Söhne GmbH (Köln) – 30.11.2026, 48.000 €",
        "    indented four spaces\n\n\tand a tab",
        "Renewal_2027 snake_case https://contoso.example/deal_notes?id=4_2 megan@contoso.example",
        "[Invoice]: https://evil.example\n[Invoice]",
        "<https://evil.example> <!-- c --> <?php ?> <![CDATA[x]]>",
        "```\ncode\n```\n~~~\nx\n~~~",
        "a | b\n--- | ---\nc | d",
        "line  \nbreak\\\nand *a*b*c* __d__ ~e~",
        "***\n___\n* star\n+ plus\n10) ten",
    ];

    [Theory]
    [InlineData("Contoso Ltd – Renewal 2027")]
    [InlineData("Müller Maschinenbau GmbH")]
    [InlineData("Procter & Gamble (EMEA), 12.5% off")]
    [InlineData("Renewal_2027, see https://contoso.example/deal_notes?id=4_2")]
    public void Markdown_OrdinaryText_Unchanged(string text)
    {
        Assert.Equal(text, PlainText.Markdown(text));
    }

    [Fact]
    public void Neutralize_MarkdownFields_EscapedAndTheCardsOwnMentionKept()
    {
        var body = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = "<at>Lukas Weber</at> **hi** <at>Megan Bowen</at>" },
            new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(new JsonObject { ["title"] = "Deal", ["value"] = "[x](https://evil.example)" }) },
            new JsonObject { ["type"] = "Input.Text", ["id"] = "note", ["value"] = "**typed**" });

        PlainText.Neutralize(body, new HashSet<string> { "<at>Lukas Weber</at>" });

        Assert.Equal("<at>Lukas Weber</at> \\*\\*hi\\*\\* ‹at›Megan Bowen‹/at›", body[0]!["text"]!.GetValue<string>());
        Assert.Equal("\\[x\\](https://evil.example)", body[1]!["facts"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("**typed**", body[2]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void ReplyPrivacy_PointerTextIsEnglishAndGerman()
    {
        Assert.NotEqual(ReplyPrivacy.Pointer(CardContext.English).Text, ReplyPrivacy.Pointer(CardContext.German).Text);
    }
}
