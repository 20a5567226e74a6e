namespace TeamsCrm.Conversation.Cards;

/// <summary>Names of the data fields and input ids the cards send back (Teams merges inputs into the data).</summary>
public static class CardFields
{
    public const string AccountId = "accountId";
    public const string DealId = "dealId";
    public const string DealVersion = "dealVersion";
    public const string DealVersions = "dealVersions";
    public const string Stage = "stage";
    public const string HandoffId = "handoffId";
    public const string TaskId = "taskId";
    public const string TaskVersion = "taskVersion";
    public const string Dialog = "dialog";
    public const string AllowSimilar = "allowSimilar";

    public const string CommentText = "commentText";
    public const string CommentVisibility = "commentVisibility";
    public const string HandoffDealId = "handoffDealId";
    public const string HandoffRecipientId = "handoffRecipientId";
    public const string HandoffRecipientName = "handoffRecipientName";
    public const string HandoffNote = "handoffNote";
    public const string HandoffDueDate = "handoffDueDate";
    public const string InteractionChannel = "interactionChannel";
    public const string InteractionDirection = "interactionDirection";
    public const string InteractionSummary = "interactionSummary";
    public const string MeetingId = "meetingId";
    public const string DeclineReason = "declineReason";

    public const string LeadAccountId = "leadAccountId";
    public const string LeadAccountName = "leadAccountName";
    public const string LeadTitle = "leadTitle";
    public const string LeadAmount = "leadAmount";
    public const string LeadCurrency = "leadCurrency";
    public const string LeadCloseDate = "leadCloseDate";

    public const string AccountName = "accountName";
    public const string AccountLegalForm = "accountLegalForm";
    public const string AccountIndustry = "accountIndustry";
    public const string AccountWebsite = "accountWebsite";
    public const string AccountCity = "accountCity";
    public const string AccountCountry = "accountCountry";

    public const string ContactFirstName = "contactFirstName";
    public const string ContactLastName = "contactLastName";
    public const string ContactRole = "contactRole";
    public const string ContactEmail = "contactEmail";
    public const string ContactPhone = "contactPhone";
    public const string ContactPreferredChannel = "contactPreferredChannel";
    public const string ContactId = "contactId";

    public const string ShareRemove = "shareRemove";
    public const string ShareTarget = "shareTarget";
    public const string SharePartnerId = "sharePartnerId";
    public const string SharePartner = "sharePartner";
    public const string ShareLevel = "shareLevel";

    /// <summary>The share a confirmation card showed: its version, or "none" (<see cref="TeamsCrm.Core.Partners.ShareSeen"/>).</summary>
    public const string ShareSeen = "shareSeen";
}
