namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>What the recognizer made of one labelled utterance.</summary>
internal sealed record UtteranceOutcome(LabelledUtterance Utterance, Recognition Recognition, IReadOnlyList<string> SlotMismatches)
{
    public bool IntentRight => Recognition.Intent == Utterance.Intent;

    public bool SlotsRight => SlotMismatches.Count == 0;

    public bool HasSlots => Utterance.Slots.Count > 0;

    public bool LanguageRight => Recognition.Language == Utterance.Language;

    public bool IsRight => IntentRight && SlotsRight && LanguageRight;

    public string Explain() =>
        string.Join("; ", new[]
        {
            IntentRight ? null : $"intent {Recognition.Intent} (expected {Utterance.Intent})",
            LanguageRight ? null : $"language {Recognition.Language}",
            SlotsRight ? null : string.Join(", ", SlotMismatches),
        }.Where(s => s is not null));
}
