using TeamsCrm.Core.People;

namespace TeamsCrm.Conversation.Comments;

/// <summary>The people @mentioned in a message, named as the directory knows them.</summary>
internal sealed class MentionedPeople(IPeopleDirectory people)
{
    private const int MaxMentions = 20;

    public async Task<IReadOnlyList<PersonRef>> ReadAsync(Caller caller, IReadOnlyList<Mention>? mentions, CancellationToken cancellationToken)
    {
        var result = new List<PersonRef>();
        foreach (var mention in (mentions ?? []).Where(m => !string.IsNullOrWhiteSpace(m.UserId)).DistinctBy(m => m.UserId).Take(MaxMentions))
        {
            var person = await people.GetAsync(caller.TenantId, mention.UserId, cancellationToken).ConfigureAwait(false);
            var name = person?.DisplayName ?? StripTag(mention.Text);
            result.Add(new PersonRef(mention.UserId, name));
        }

        return result;
    }

    private static string StripTag(string text) => text.Replace("<at>", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
}
