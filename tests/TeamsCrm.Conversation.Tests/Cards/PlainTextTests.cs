using System.Text.Json.Nodes;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Conversation.Tests.Turns;
using TeamsCrm.Conversation.Turns;

namespace TeamsCrm.Conversation.Tests.Cards;

public sealed class PlainTextTests
{
    [Theory]
    [MemberData(nameof(TypedTexts))]
    public void Markdown_TypedText_ShownAsTypedWithNothingActive(string typed)
    {
        var escaped = PlainText.Markdown(typed);

        Assert.Null(MarkdownCheck.ActiveMarkdown(escaped, []));
        Assert.Equal(CardFormat.Defuse(typed), MarkdownCheck.Shown(escaped));
    }

    public static TheoryData<string> TypedTexts => new(
    [
        .. PlainTextTurnTests.Injections,
        "Title\n===\nbody",
        "line one\n  - two\n3) three\n> quoted",
        "a\\*b\\ c",
        "&#x41; &copy; Procter & Gamble",
        "Müller & Söhne GmbH (Köln) – 30.11.2026, 48.000 €",
    ]);

    [Theory]
    [InlineData("Contoso Ltd – Renewal 2027")]
    [InlineData("Müller Maschinenbau GmbH")]
    [InlineData("Procter & Gamble (EMEA), 12.5% off")]
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
