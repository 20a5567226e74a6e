namespace TeamsCrm.Core.Tests.Search;

public sealed class NameFoldingBrokenTextTests
{
    [Theory]
    [InlineData("Contoso \ud800 Ltd", "contoso ltd")]
    [InlineData("\udc00Contoso", "contoso")]
    [InlineData("Contoso 😀 Ltd", "contoso ltd")]
    public void Fold_LoneSurrogatesOrEmoji_AreDroppedNotThrown(string text, string expected)
    {
        Assert.Equal(expected, NameFolding.Fold(text));
    }

    [Fact]
    public void Required_LoneSurrogate_IsRejectedAsControlCharacters()
    {
        var error = new InputCheck().Required("name", "Contoso \ud800", FieldLimits.Name).ToError();

        Assert.Equal(ErrorCodes.ControlCharacters, Assert.Single(error!.Fields).Code);
    }

    [Fact]
    public void Required_EmojiPair_IsAccepted()
    {
        Assert.Null(new InputCheck().Required("name", "Contoso 😀", FieldLimits.Name).ToError());
    }
}
