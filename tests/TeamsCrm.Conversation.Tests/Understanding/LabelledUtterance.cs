using TeamsCrm.Conversation.Understanding;

namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>One line of utterances.tsv: the split it belongs to, its language, the expected intent and slots.</summary>
internal sealed record LabelledUtterance(
    int Line,
    bool HeldOut,
    UtteranceLanguage Language,
    Intent Intent,
    string Text,
    IReadOnlyDictionary<string, string> Slots);
