namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// One way of saying a command: a pattern over the folded command (see <see cref="MatchText"/>)
/// with named groups for the slots (account, who, deal, recipient, due, channel, what). A null
/// <see cref="Intent"/> means the "what" group decides (create lead, account or contact).
/// </summary>
internal sealed record Rule(Intent? Intent, Regex Pattern)
{
    public static Rule For(Intent intent, string pattern) => new(intent, MatchText.Compile(pattern));
}
