namespace TeamsCrm.Conversation.Understanding;

/// <summary>The language a message was written in, as far as the recognizer can tell.</summary>
public enum UtteranceLanguage
{
    English,
    German,
}
