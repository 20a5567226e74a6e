using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.CustomerCards;

/// <summary>
/// Everything the customer card shows, already filtered and redacted for one viewer by the access
/// policy: a partner never receives internal fields, internal comments, interactions, other
/// people's handoffs or other organisations' shares. <see cref="HandBackRecipients"/>: for a partner, the members
/// they may hand the open deals back to (<see cref="GuestHandBack"/>, over every handoff of the account, not only the
/// ones shown); empty for members, who pick anyone. <see cref="ContactEmails"/>: the addresses of every contact the viewer
/// may see (not only the key contacts shown), from the same partition read — to recognise the customer in meetings.
/// </summary>
public sealed record CustomerCard(
    AccountView Account,
    IReadOnlyList<Contact> KeyContacts,
    int ContactCount,
    IReadOnlyList<string> ContactEmails,
    IReadOnlyList<DealView> OpenDeals,
    IReadOnlyList<Comment> LatestComments,
    IReadOnlyList<Interaction> RecentInteractions,
    IReadOnlyList<Handoff> Handoffs,
    IReadOnlyList<Share> Shares,
    CardPermissions Permissions,
    bool IsRedacted,
    IReadOnlyList<PersonRef> HandBackRecipients);
