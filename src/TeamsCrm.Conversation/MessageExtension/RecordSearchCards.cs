using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// The message extension, transport-neutral: search (accounts by the bot's folded, typo-tolerant name search, then
/// deals and contacts; an empty query lists the caller's own records), the chosen result, and link unfurling. Every
/// record is found or read again through Core with the caller's access, so a guest finds only what is shared with
/// them and an id sent back by the client that the caller may not see is "not found". Every card it answers with is
/// the name-only shell (<see cref="RecordShellCardBuilder"/>), safe in any conversation.
/// </summary>
public sealed class RecordSearchCards(AccountResolver resolver, RecordSearch records, IAccountLinkReader links)
{
    /// <summary>The most results Teams asks for at once; a larger count is capped.</summary>
    public const int MaxCount = 25;

    /// <summary>Longer queries are cut (an account name is at most 200 characters).</summary>
    public const int MaxQueryLength = 200;

    public async Task<IReadOnlyList<ExtensionItem>> SearchAsync(Caller caller, string? query, int? skip, int? count, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var context = CardContext.ForLocale(locale);
        query = Utf16.Valid(query).Trim();
        query = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        IReadOnlyList<RecordHit> hits;
        if (NameFolding.SignificantWords(query).Count == 0)
        {
            hits = await records.OwnAsync(caller, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            hits = await records.SearchAsync(caller, query, async ct =>
                (await resolver.FindAsync(caller, query, ct).ConfigureAwait(false)).Select(a => a.Account.AccountId).ToArray(), cancellationToken).ConfigureAwait(false);
        }

        var from = Math.Max(skip ?? 0, 0);
        var take = Math.Clamp(count ?? MaxCount, 1, MaxCount);
        return hits.Skip(from).Take(take).Select(hit => Item(hit, context)).ToArray();
    }

    /// <summary>The card for a chosen result, read again with the caller's access; null when it does not exist for them.</summary>
    public async Task<JsonObject?> SelectAsync(Caller caller, JsonObject data, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!Enum.TryParse<RecordKind>(CardData.Id(data, SelectFields.Kind), ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            return null;
        }

        var hit = await records.GetAsync(caller, kind, CardData.Id(data, CardFields.AccountId), CardData.Id(data, SelectFields.RecordId), cancellationToken).ConfigureAwait(false);
        return hit.IsSuccess ? RecordShellCardBuilder.Build(hit.Value, CardContext.ForLocale(locale)) : null;
    }

    /// <summary>A link to one of the app's account pages, unfurled for the caller; null for other links and accounts they may not see.</summary>
    public async Task<ExtensionItem?> UnfurlAsync(Caller caller, string? url, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var link) || links.AccountIdOf(link) is not { } accountId)
        {
            return null;
        }

        var hit = await records.GetAsync(caller, RecordKind.Account, accountId, null, cancellationToken).ConfigureAwait(false);
        return hit.IsSuccess ? Item(hit.Value, CardContext.ForLocale(locale)) : null;
    }

    /// <summary>Anonymous unfurling (someone the app does not know): the app's name, nothing else.</summary>
    public static ExtensionItem AnonymousUnfurl(string? locale)
    {
        var context = CardContext.ForLocale(locale);
        var card = RecordShellCardBuilder.AppNameOnly(context);
        var name = card["body"]![0]!["text"]!.GetValue<string>();
        return new ExtensionItem(card, name, string.Empty, string.Empty, []);
    }

    /// <summary>A record as a result: its name-only card, the preview's lines and the data a chosen preview sends back.</summary>
    public static ExtensionItem Item(RecordHit hit, CardContext context) =>
        new(RecordShellCardBuilder.Build(hit, context), hit.Name, RecordShellCardBuilder.Subtitle(hit, context), RecordShellCardBuilder.OwnerLine(hit, context), SelectData(hit));

    /// <summary>What a chosen result sends back: the kind and ids only (read again with the caller's access, never trusted).</summary>
    private static JsonObject SelectData(RecordHit hit) =>
        AdaptiveActions.Data((SelectFields.Kind, hit.Kind.ToString()), (CardFields.AccountId, hit.AccountId), (SelectFields.RecordId, hit.RecordId));
}
