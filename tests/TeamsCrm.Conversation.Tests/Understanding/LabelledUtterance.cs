namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>One line of utterances.tsv: the split it belongs to (dev, held or fresh), its language, the expected intent and slots.</summary>
internal sealed record LabelledUtterance(
    int Line,
    string Split,
    UtteranceLanguage Language,
    Intent Intent,
    string Text,
    IReadOnlyDictionary<string, string> Slots)
{
    public const string Dev = "dev";
    public const string Held = "held";
    public const string Fresh = "fresh";

    /// <summary>Held out from tuning: the held-out split and the fresh batch.</summary>
    public bool HeldOut => Split != Dev;
}
