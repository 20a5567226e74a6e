namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// A person @mentioned in the message, as the activity's mention entities give it: the mention text
/// (e.g. "&lt;at&gt;Megan Bowen&lt;/at&gt;") and the user's id. Pass the people only, not the bot itself.
/// </summary>
public sealed record Mention(string Text, string UserId);
