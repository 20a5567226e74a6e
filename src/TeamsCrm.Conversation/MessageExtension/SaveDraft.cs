using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>The "Save to CRM" dialog's values: prefilled from the message, or what the person sent back after a failed save.</summary>
public sealed record SaveDraft(string Text, string? Author, string? SentAt, string? Link)
{
    public string? AccountName { get; init; }

    public SaveKind Kind { get; init; } = SaveKind.InternalComment;

    public InteractionDirection Direction { get; init; } = InteractionDirection.Inbound;

    public string? LeadTitle { get; init; }

    /// <summary>The account already decided (the second form, which asks for the deal), else null.</summary>
    public string? AccountId { get; init; }

    /// <summary>Save the comment on a deal of the account.</summary>
    public bool OnDeal { get; init; }

    /// <summary>Put the record's name-only card into the conversation's compose box after saving.</summary>
    public bool Post { get; init; }

    /// <summary>The message's full length when its text was cut to <see cref="MessageText.Limit"/>.</summary>
    public int? FullLength { get; init; }
}
