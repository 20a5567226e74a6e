using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Core.Interactions;

/// <summary>Logs customer touchpoints and lists them, newest first.</summary>
public sealed partial class InteractionService(IAccountStore store, ProductReferences products, TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public Task<CrmResult<Interaction>> LogAsync(Caller caller, string accountId, InteractionInput input, CancellationToken cancellationToken = default) =>
        LogAsync(caller, accountId, input, CrmIds.New(time), null, cancellationToken);

    /// <summary>
    /// Logs a meeting under its derived id, together with the meeting's mark (<see cref="LoggedMeeting"/>, same id, same
    /// transaction): a second log of the meeting is a Conflict (the mark exists, wherever the meeting has moved), so a
    /// meeting is logged once.
    /// </summary>
    internal Task<CrmResult<Interaction>> LogMeetingAsync(Caller caller, string accountId, InteractionInput input, string interactionId, string meetingId, CancellationToken cancellationToken) =>
        LogAsync(caller, accountId, input, interactionId, meetingId, cancellationToken);

    private async Task<CrmResult<Interaction>> LogAsync(Caller caller, string accountId, InteractionInput input, string interactionId, string? meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.LogInteraction, input.Validate, cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var partition = gate.Value.Partition;
        if (input.ContactId is not null && partition.Contacts.All(c => c.Id != input.ContactId))
        {
            return CrmError.Invalid([new FieldError("contactId", ErrorCodes.UnknownValue)]);
        }

        if (await products.CheckTagsAsync(caller.TenantId, input.ProductIds, cancellationToken).ConfigureAwait(false) is { } unknown)
        {
            return unknown;
        }

        var now = time.GetUtcNow();
        var interaction = new Interaction
        {
            Id = interactionId,
            AccountId = partition.Account.Id,
            ContactId = input.ContactId,
            Channel = input.Channel,
            Direction = input.Direction,
            OccurredAt = input.OccurredAt ?? now,
            Summary = input.Summary.Trim(),
            LoggedBy = caller.AsPerson(),
            CreatedAt = now,
            ProductIds = input.ProductIds is { Count: > 0 } ids ? [.. ids.Distinct(StringComparer.Ordinal)] : [],
        };
        var changes = new ChangeSet().Insert(interaction);
        if (meetingId is not null)
        {
            changes.Insert(new LoggedMeeting { Id = interaction.Id, AccountId = interaction.AccountId, MeetingId = meetingId, LoggedAt = now });
        }

        changes.Record(_audit.Entry(caller, interaction.AccountId, "Logged", "Interaction", interaction.Id, null, interaction));
        return await ChangeCommitter.CommitNewAsync(store, caller, interaction.AccountId, changes, version => interaction with { Version = version }, cancellationToken).ConfigureAwait(false);
    }
}
