using TeamsCrm.Conversation.Handoffs;

namespace TeamsCrm.Conversation.Tests.Handoffs;

public sealed class DealPhraseTests
{
    [Theory]
    [InlineData("Contoso renewal", "Contoso Ltd", "Renewal 2027", true)]
    [InlineData("renewal", "Contoso Ltd", "Renewal 2027", true)]
    [InlineData("Fabrikam Rollout", "Fabrikam Inc", "Rollout", true)]
    [InlineData("Fabrikam Rolout", "Fabrikam Inc", "Rollout", true)]
    [InlineData("Contoso renewal", "Fabrikam Inc", "Rollout", false)]
    [InlineData("Northwind", "Contoso Ltd", "Renewal 2027", false)]
    public void Score_AccountAndTitle_ConfidentOnlyForTheNamedDeal(string phrase, string account, string title, bool expected)
    {
        Assert.Equal(expected, DealPhrase.Score(phrase, account, title) >= 0.6);
    }
}
