namespace TeamsCrm.Conversation.Tests.Cards;

internal static partial class CardCatalogue
{
    public static CrmError InvalidTitle { get; } = CrmError.Invalid([new FieldError("title", ErrorCodes.Required), new FieldError("name", ErrorCodes.TooLong, FieldLimits.Name)]);

    private static IEnumerable<(string, JsonObject)> Dialogs(CardContext context)
    {
        var hits = new[] { new AccountSearchHit(CardSamples.AccountId, "Müller Maschinenbau GmbH", "Engineering", "Stuttgart") };
        yield return ("dialog.lead.blank", DialogCardBuilder.CreateLead(context));
        yield return ("dialog.lead.choices", DialogCardBuilder.CreateLead(context, accountChoices: hits));
        yield return ("dialog.lead.for-account", DialogCardBuilder.CreateLead(context, new LeadDraft(CardSamples.AccountId, "Müller Maschinenbau GmbH")));
        yield return ("dialog.lead.error", DialogCardBuilder.CreateLead(context, new LeadDraft(null, "Contoso", null, 1234.5m, "USD", new DateOnly(2026, 6, 30)), hits, InvalidTitle));
        yield return ("dialog.account.blank", DialogCardBuilder.CreateAccount(context));
        yield return ("dialog.account.error", DialogCardBuilder.CreateAccount(context, new AccountInput("", Website: "not a url", Address: new PostalAddress(null, null, "Köln", "Deutschland")), InvalidTitle));
        yield return ("dialog.contact.blank", DialogCardBuilder.CreateContact(CardSamples.AccountId, "Müller Maschinenbau GmbH", context));
        yield return ("dialog.contact.error", DialogCardBuilder.CreateContact(CardSamples.AccountId, "Müller Maschinenbau GmbH", context,
            new ContactInput("Anna", "Schmidt", Email: "anna@", PreferredChannel: PreferredChannel.Phone), InvalidTitle));
        yield return ("duplicate.account", DuplicateCardBuilder.ForAccount(new AccountInput("Mueller Maschinenbau", Industry: "Engineering"), hits, context));
        yield return ("duplicate.contact", DuplicateCardBuilder.ForContact(CardSamples.AccountId, new ContactInput("Anna", "Schmidt"),
            [CardSamples.Contact("c1", "Anna", "Schmidt", key: true)], context));
    }

    private static IEnumerable<(string, JsonObject)> Help(CardContext context)
    {
        yield return ("help.member", HelpCardBuilder.Build(context));
        yield return ("help.guest", HelpCardBuilder.Build(context, forGuest: true));
        yield return ("welcome.member", HelpCardBuilder.Build(context, welcome: true));
        yield return ("welcome.guest", HelpCardBuilder.Build(context, forGuest: true, welcome: true));
    }

    private static IEnumerable<(string, JsonObject)> Errors(CardContext context)
    {
        var deal = CardSamples.Deal("d1", "Retrofit line 3", DealStage.Negotiation) with { Owner = CardSamples.OtherMember.AsPerson() };
        var handoff = HandoffIn(HandoffStatus.Accepted);
        yield return ("error.not-found", ErrorCardBuilder.Build(CrmError.NotFound(), context, CardSamples.AccountId));
        yield return ("error.forbidden", ErrorCardBuilder.Build(CrmError.Forbidden(), context, CardSamples.AccountId));
        yield return ("error.validation", ErrorCardBuilder.Build(InvalidTitle, context));
        yield return ("error.rule", ErrorCardBuilder.Build(CrmError.Rule(ErrorCodes.StageTransitionNotAllowed), context, CardSamples.AccountId));
        yield return ("error.conflict.deal", ErrorCardBuilder.Build(CrmError.Conflict(deal), context));
        yield return ("error.conflict.handoff-outcome", ErrorCardBuilder.Build(CrmError.Conflict(new HandoffOutcome(handoff, deal)), context));
        yield return ("error.conflict.handoff", ErrorCardBuilder.Build(CrmError.Conflict(HandoffIn(HandoffStatus.Declined)), context));
        yield return ("error.conflict.comment", ErrorCardBuilder.Build(CrmError.Conflict(CardSamples.NewComment("k1", null, Core.Comments.CommentVisibility.Shared, "Edited meanwhile", [])), context));
        yield return ("error.conflict.contact", ErrorCardBuilder.Build(CrmError.Conflict(CardSamples.Contact("c1", "Anna", "Schmidt", true)), context));
        yield return ("error.conflict.task", ErrorCardBuilder.Build(CrmError.Conflict(Task("t1", null) with { IsDone = true }), context));
        yield return ("error.conflict.gone", ErrorCardBuilder.Build(CrmError.Conflict(null), context, CardSamples.AccountId));
    }
}
