namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>
/// Accuracy over a group of outcomes. Slot accuracy counts the utterances that have labelled slots
/// or where the recognizer found a slot that isn't labelled: one is right when every slot is (see <see cref="SlotCheck"/>).
/// </summary>
internal sealed record UtteranceScore(int Count, int IntentsRight, int WithSlots, int SlotsRight, int LanguagesRight)
{
    public double IntentAccuracy => Ratio(IntentsRight, Count);

    public double SlotAccuracy => Ratio(SlotsRight, WithSlots);

    public double LanguageAccuracy => Ratio(LanguagesRight, Count);

    public static UtteranceScore Of(IEnumerable<UtteranceOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new UtteranceScore(
            list.Count,
            list.Count(o => o.IntentRight),
            list.Count(o => o.HasSlots || !o.SlotsRight),
            list.Count(o => o.HasSlots && o.SlotsRight),
            list.Count(o => o.LanguageRight));
    }

    public string Describe(string split, string language) => string.Create(CultureInfo.InvariantCulture,
        $"  {split,-8} {language,-3} n={Count,3}  intent {IntentAccuracy,7:P1} ({IntentsRight}/{Count})  " +
        $"slots {SlotAccuracy,7:P1} ({SlotsRight}/{WithSlots})  language {LanguageAccuracy,7:P1}");

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
