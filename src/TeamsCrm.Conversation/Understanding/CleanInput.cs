namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// A message made ready for the rules: <see cref="Head"/> is the command (before the first colon,
/// at most <see cref="InputCleaner.MaxHead"/> characters, single spaces, no emoji), <see cref="Body"/>
/// what follows the colon, <see cref="MentionNames"/> the names of the people mentioned in it.
/// </summary>
internal sealed record CleanInput(string Head, string? Body, IReadOnlyList<string> MentionNames);
