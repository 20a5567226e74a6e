using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Contacts;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// Shown in the dialog when Core answers DuplicateSuspected: the existing matches with "use this one",
/// and "create anyway", which submits the same values again with allowSimilar = "true".
/// </summary>
public static class DuplicateCardBuilder
{
    public const int MaxMatches = 5;

    public static JsonObject ForAccount(AccountInput input, IReadOnlyList<AccountSearchHit> matches, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(matches);
        var text = new CardText(context);
        var body = new List<JsonNode> { AdaptiveElements.Title(text["Duplicate.Title"]), AdaptiveElements.Text(text.Format("Duplicate.Account.Intro", input.Name)) };
        foreach (var hit in matches.Take(MaxMatches))
        {
            var details = string.Join(" · ", new[] { hit.Industry, hit.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
            body.Add(Match(hit.Name, details, AdaptiveActions.Submit(text["Duplicate.UseThis"], CardVerbs.UseExistingAccount, AdaptiveActions.Data((CardFields.AccountId, hit.AccountId)))));
        }

        var again = AdaptiveActions.Data(
            (CardFields.AccountName, input.Name),
            (CardFields.AccountLegalForm, input.LegalForm),
            (CardFields.AccountIndustry, input.Industry),
            (CardFields.AccountWebsite, input.Website),
            (CardFields.AccountCity, input.Address?.City),
            (CardFields.AccountCountry, input.Address?.Country),
            (CardFields.AllowSimilar, "true"));
        body.Add(AdaptiveElements.ActionSet([AdaptiveActions.Submit(text["Duplicate.CreateAnyway"], CardVerbs.CreateAccount, again)]));
        return CardDocument.Create(body, text);
    }

    public static JsonObject ForContact(string accountId, ContactInput input, IReadOnlyList<Contact> matches, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(matches);
        var text = new CardText(context);
        var body = new List<JsonNode> { AdaptiveElements.Title(text["Duplicate.Title"]), AdaptiveElements.Text(text.Format("Duplicate.Contact.Intro", $"{input.FirstName} {input.LastName}")) };
        foreach (var contact in matches.Take(MaxMatches))
        {
            var details = string.Join(" · ", new[] { contact.Role, contact.Email, contact.Phone }.Where(p => !string.IsNullOrWhiteSpace(p)));
            body.Add(Match(contact.FullName, details, AdaptiveActions.Submit(text["Duplicate.UseThis"], CardVerbs.UseExistingContact,
                AdaptiveActions.Data((CardFields.AccountId, accountId), (CardFields.ContactId, contact.Id)))));
        }

        var again = AdaptiveActions.Data(
            (CardFields.AccountId, accountId),
            (CardFields.ContactFirstName, input.FirstName),
            (CardFields.ContactLastName, input.LastName),
            (CardFields.ContactRole, input.Role),
            (CardFields.ContactEmail, input.Email),
            (CardFields.ContactPhone, input.Phone),
            (CardFields.ContactPreferredChannel, input.PreferredChannel.ToString()),
            (CardFields.AllowSimilar, "true"));
        body.Add(AdaptiveElements.ActionSet([AdaptiveActions.Submit(text["Duplicate.CreateAnyway"], CardVerbs.CreateContact, again)]));
        return CardDocument.Create(body, text);
    }

    private static JsonObject Match(string name, string details, JsonObject action)
    {
        var items = new List<JsonNode> { AdaptiveElements.Text(name, weight: "Bolder") };
        if (details.Length > 0)
        {
            items.Add(AdaptiveElements.Text(details, subtle: true, size: "Small", spacing: "None"));
        }

        items.Add(AdaptiveElements.ActionSet([action]));
        return AdaptiveElements.Container(items, separator: true);
    }
}
