namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The verbs of every card action (Action.Execute "verb"; Action.Submit data "verb").
/// The data contract of each is in docs/conversation-cards.md; handlers implement exactly these.
/// </summary>
public static class CardVerbs
{
    public const string Refresh = "card.refresh";
    public const string ShowAccount = "account.show";
    public const string AddComment = "comment.add";
    public const string ChangeDealStage = "deal.changeStage";
    public const string StartHandoff = "handoff.start";
    public const string LogInteraction = "interaction.log";
    public const string LogMeeting = "meeting.log";
    public const string ShowHandoff = "handoff.show";
    public const string RefreshHandoff = "handoff.refresh";
    public const string AcceptHandoff = "handoff.accept";
    public const string DeclineHandoff = "handoff.decline";
    public const string CancelHandoff = "handoff.cancel";
    public const string CompleteTask = "task.complete";
    public const string ShowMyDeals = "my.deals";
    public const string ShowMyHandoffs = "my.handoffs";
    public const string ShowMyTasks = "my.tasks";
    public const string ShowMyMeetings = "my.meetings";
    public const string OpenDialog = "dialog.open";
    public const string CreateLead = "lead.create";
    public const string CreateAccount = "account.create";
    public const string CreateContact = "contact.create";
    public const string UseExistingAccount = "account.useExisting";
    public const string UseExistingContact = "contact.useExisting";
    public const string PrepareShare = "share.prepare";
    public const string ConfirmShare = "share.confirm";
    public const string CancelShare = "share.cancel";
    public const string RemovePartnerMember = "partners.removeMember";
    public const string ArchivePartnerOrganization = "partners.archive";
    public const string CancelPartnerChange = "partners.cancel";

    /// <summary>Every verb, for documentation tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Refresh, ShowAccount, AddComment, ChangeDealStage, StartHandoff, LogInteraction, LogMeeting, ShowHandoff, RefreshHandoff,
        AcceptHandoff, DeclineHandoff, CancelHandoff, CompleteTask, ShowMyDeals, ShowMyHandoffs, ShowMyTasks, ShowMyMeetings, OpenDialog,
        CreateLead, CreateAccount, CreateContact, UseExistingAccount, UseExistingContact, PrepareShare, ConfirmShare, CancelShare,
        RemovePartnerMember, ArchivePartnerOrganization, CancelPartnerChange,
    ];
}
