namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>
/// Runs the recognizer over the labelled set and prints intent, slot and language accuracy per split
/// and language. The held-out part gates: intent ≥ 95 %, slots ≥ 90 %. Only development failures are
/// listed, so the rules are never tuned against the held-out lines.
/// </summary>
public sealed class UtteranceAccuracyTests(ITestOutputHelper output)
{
    private readonly IntentRecognizer _recognizer = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Recognize_LabelledSet_HeldOutMeetsTheBar()
    {
        var set = UtteranceSet.Load();
        _recognizer.Recognize("warm up", null);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var outcomes = set.Select(Run).ToArray();
        watch.Stop();

        Print($"Recognizer accuracy on {set.Count} labelled utterances (intent / slots of utterances with slots / language):");
        foreach (var split in new[] { LabelledUtterance.Dev, LabelledUtterance.Held, LabelledUtterance.Fresh })
        {
            foreach (var language in new UtteranceLanguage?[] { UtteranceLanguage.English, UtteranceLanguage.German, null })
            {
                var group = outcomes.Where(o => o.Utterance.Split == split && (language is null || o.Utterance.Language == language)).ToArray();
                if (group.Length > 0)
                {
                    Print(UtteranceScore.Of(group).Describe(split, language is null ? "all" : language == UtteranceLanguage.English ? "en" : "de"));
                }
            }
        }

        Print(string.Create(CultureInfo.InvariantCulture, $"  {set.Count} utterances recognized in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        foreach (var failure in outcomes.Where(o => !o.Utterance.HeldOut && !o.IsRight))
        {
            Print($"  dev line {failure.Utterance.Line} '{failure.Utterance.Text}': {failure.Explain()}");
        }

        var held = UtteranceScore.Of(outcomes.Where(o => o.Utterance.Split == LabelledUtterance.Held));
        Assert.True(set.Count >= 150, $"only {set.Count} utterances");
        Assert.True(held.IntentAccuracy >= 0.95, $"held-out intent accuracy {held.IntentAccuracy:P1} < 95 %");
        Assert.True(held.SlotAccuracy >= 0.90, $"held-out slot accuracy {held.SlotAccuracy:P1} < 90 %");
    }

    [Fact]
    public void Load_LabelledSet_HasBothLanguagesAndAHeldOutThird()
    {
        var set = UtteranceSet.Load();

        var german = set.Count(u => u.Language == UtteranceLanguage.German);
        var heldOut = set.Count(u => u.HeldOut);
        Assert.InRange(german, set.Count * 4 / 10, set.Count * 6 / 10);
        Assert.InRange(heldOut, set.Count / 4, set.Count * 4 / 10);
        Assert.All(Enum.GetValues<Intent>(), intent => Assert.Contains(set, u => u.Intent == intent));
    }

    private UtteranceOutcome Run(LabelledUtterance utterance)
    {
        var recognition = _recognizer.Recognize(utterance.Text, CultureInfo.InvariantCulture);
        return new UtteranceOutcome(utterance, recognition, SlotCheck.Mismatches(utterance, recognition));
    }

    private void Print(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
