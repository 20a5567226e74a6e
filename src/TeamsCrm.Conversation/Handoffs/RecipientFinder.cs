using TeamsCrm.Core.People;

namespace TeamsCrm.Conversation.Handoffs;

/// <summary>The person a member hands a deal to: by id (a mention, the card's picker) or by a name looked up in the directory.</summary>
internal sealed class RecipientFinder(IPeopleDirectory people, CallerResolver callers)
{
    public const int MaxPeopleListed = 5;

    /// <summary>The recipient, or (in <see cref="RecipientLookup.Answer"/>) the sentence saying why there is none.</summary>
    public async Task<RecipientLookup> FindAsync(Caller sender, string? userId, string? phrase, CardContext context, CancellationToken cancellationToken)
    {
        string? name = phrase;
        if (userId is null)
        {
            var query = (phrase ?? string.Empty).Trim().TrimStart('@').Trim();
            var found = query.Length == 0 ? [] : await people.FindAsync(sender.TenantId, query, MaxPeopleListed + 1, cancellationToken).ConfigureAwait(false);
            var exact = found.Where(p => string.Equals(p.DisplayName, query, StringComparison.OrdinalIgnoreCase)).ToList();
            var chosen = found.Count == 1 ? found[0] : exact.Count == 1 ? exact[0] : null;
            if (chosen is null)
            {
                return found.Count == 0
                    ? new RecipientLookup(null, Say(context, "Turn.RecipientNotFound", query))
                    : new RecipientLookup(null, Say(context, "Turn.RecipientAmbiguous", query, ListNames(found.Take(MaxPeopleListed).Select(p => p.DisplayName))));
            }

            userId = chosen.UserId;
            name = chosen.DisplayName;
        }

        return new RecipientLookup(await callers.ResolveAsync(sender.TenantId, userId, name, claimsGuest: false, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>The member a guest hands a deal back to, as a caller (never searched in the directory).</summary>
    public async Task<Caller> ResolveAsync(Caller sender, PersonRef person, CancellationToken cancellationToken) =>
        await callers.ResolveAsync(sender.TenantId, person.UserId, person.DisplayName, claimsGuest: false, cancellationToken).ConfigureAwait(false);
}
