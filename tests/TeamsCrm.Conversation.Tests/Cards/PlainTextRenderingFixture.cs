namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>Escapes every text of <see cref="PlainTextTests.Typed"/> and renders them all with markdown-it in one node process.</summary>
public sealed class PlainTextRenderingFixture
{
    public PlainTextRenderingFixture()
    {
        var texts = PlainTextTests.Typed.Distinct(StringComparer.Ordinal).ToDictionary(typed => typed, PlainText.Markdown);
        Rendered = MarkdownRenderer.Render(texts);
    }

    internal IReadOnlyDictionary<string, IReadOnlyList<MarkdownRenderer.Rendering>> Rendered { get; }
}
