namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class InputCleanerTests
{
    [Fact]
    public void Clean_LeadingBotTagWithoutList_RemovedAndNotAName()
    {
        var input = InputCleaner.Clean("<at>CRM</at> show Contoso", null);

        Assert.Equal("show Contoso", input.Head);
        Assert.Empty(input.MentionNames);
    }

    [Fact]
    public void Clean_PersonTag_KeptAsTheName()
    {
        var input = InputCleaner.Clean("<at>CRM</at> hand off X to <at>Megan Bowen</at>: note", [new Mention("<at>Megan Bowen</at>", "u1")]);

        Assert.Equal("hand off X to Megan Bowen", input.Head);
        Assert.Equal(["Megan Bowen"], input.MentionNames);
        Assert.Equal("note", input.Body);
    }

    [Fact]
    public void Clean_UnlistedTagInTheMiddleWithList_IsTheBot()
    {
        var input = InputCleaner.Clean("hey <at>CRM</at> zeig Contoso", []);

        Assert.Equal("hey zeig Contoso", input.Head);
    }

    [Theory]
    [InlineData("show   Contoso  ?!", "show Contoso")]
    [InlineData("👀 show Contoso 🚀", "show Contoso")]
    [InlineData("show\tCon\u200Btoso\r\n", "show Contoso")]
    [InlineData("?", "?")]
    public void Clean_Head_SingleSpacedWithoutEmojiOrTrailingPunctuation(string text, string head)
    {
        Assert.Equal(head, InputCleaner.Clean(text, null).Head);
    }

    [Fact]
    public void Clean_Body_KeepsLineBreaksAndEmojiDropsControls()
    {
        var input = InputCleaner.Clean("comment on X:  a\u0007\nb 🎉 ", null);

        Assert.Equal("a\nb 🎉", input.Body);
    }

    [Fact]
    public void Clean_VeryLongInput_HeadCapped()
    {
        var input = InputCleaner.Clean(new string('a', 50_000), null);

        Assert.Equal(InputCleaner.MaxHead, input.Head.Length);
        Assert.Null(input.Body);
    }
}
