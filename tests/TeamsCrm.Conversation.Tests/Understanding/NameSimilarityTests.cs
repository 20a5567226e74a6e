namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ca", "ac", 1)]
    [InlineData("contso", "contoso", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_Pairs_OptimalStringAlignment(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSimilarity.Distance(a, b));
    }

    [Theory]
    [InlineData("Müller Maschinenbau GmbH", "mueller maschinenbau")]
    [InlineData("Contoso Ltd", "CONTOSO")]
    public void Score_SameSignificantName_One(string name, string phrase)
    {
        Assert.Equal(1.0, NameSimilarity.Score(phrase, name), 3);
    }

    [Fact]
    public void Score_Typo_RanksTheCloserNameFirst()
    {
        Assert.True(NameSimilarity.Score("contso", "Contoso Ltd") > NameSimilarity.Score("contso", "Contour Design GmbH") + AccountResolver.Margin);
    }

    [Fact]
    public void Score_TypedLegalForm_PrefersTheNameWithIt()
    {
        Assert.True(NameSimilarity.Score("fabrikam inc", "Fabrikam Inc") > NameSimilarity.Score("fabrikam inc", "Fabrikam Partners Ltd") + AccountResolver.Margin);
    }

    [Fact]
    public void Score_Prefix_BelowExactAboveConfident()
    {
        var score = NameSimilarity.Score("fabrikam", "Fabrikam Partners Ltd");

        Assert.InRange(score, AccountResolver.Confident, 0.99);
    }
}
