namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>Builds every card of <see cref="CardCatalogue"/>, writes them out and validates them once for the whole class.</summary>
public sealed class CardValidationFixture
{
    public CardValidationFixture()
    {
        Cards = CardCatalogue.All().ToDictionary(c => c.Name, c => c.Card);
        Folder = CardValidator.NewFolder("all");
        foreach (var (name, card) in Cards)
        {
            CardValidator.Write(Folder, name, card);
        }

        Results = CardValidator.Validate(Folder).ToDictionary(r => r.File);
    }

    public IReadOnlyDictionary<string, JsonObject> Cards { get; }

    public string Folder { get; }

    internal IReadOnlyDictionary<string, CardValidator.CardResult> Results { get; }
}
