namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>English card titles the tests recognise answers by (src/TeamsCrm.Conversation/Cards/Resources/CardStrings.resx).</summary>
internal static class CardTitles
{
    public const string Conflict = "Changed in the meantime";
    public const string SenderHandoffPrefix = "Your handoff: ";
    public const string HandoffAccepted = "Handoff accepted";
    public const string HandoffDeclined = "Handoff declined";

    /// <summary>A customer card: it refreshes itself with "card.refresh".</summary>
    public static bool IsCustomerCard(BotAnswer answer) =>
        answer.Card?["refresh"]?["action"]?["verb"]?.GetValue<string>() == "card.refresh";
}
