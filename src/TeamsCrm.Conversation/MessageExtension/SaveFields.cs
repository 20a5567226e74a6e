namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>The inputs and data of the "Save to CRM" dialog (all strings; the submit carries them as <c>data</c>).</summary>
public static class SaveFields
{
    /// <summary>The dialog's submit verb (a message extension submit, not a row of the conversation's verb table).</summary>
    public const string Verb = "message.save";

    public const string AccountName = "saveAccountName";
    public const string AccountId = "saveAccountId";
    public const string Kind = "saveKind";
    public const string Direction = "saveDirection";
    public const string LeadTitle = "saveLeadTitle";
    public const string Text = "saveText";
    public const string Author = "saveAuthor";
    public const string SentAt = "saveSentAt";
    public const string Link = "saveLink";

    /// <summary>"true": save the comment on one of the account's deals (the form asks which after the account is known).</summary>
    public const string OnDeal = "saveOnDeal";

    public const string DealId = "saveDealId";

    /// <summary>"true": answer with the record's name-only card for the conversation's compose box instead of a confirmation.</summary>
    public const string Post = "savePost";
}
