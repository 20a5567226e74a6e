namespace TeamsCrm.Conversation.Cards;

/// <summary>The create dialogs (task modules) the cards open with task/fetch; the value is sent as data "dialog".</summary>
public enum DialogKind
{
    Lead,
    Account,
    Contact,
}
