namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>The fields of a search result's select data besides <see cref="CardFields.AccountId"/>.</summary>
public static class SelectFields
{
    public const string Kind = "recordKind";
    public const string RecordId = "recordId";
}
