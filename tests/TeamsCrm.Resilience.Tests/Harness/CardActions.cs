namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>The card actions the tests click, with the data the customer and handoff cards carry (docs/conversation-cards.md) and the inputs a user fills in.</summary>
internal static class CardActions
{
    public static DemoPerson Member(string aadObjectId) => DemoPeople.Members.Single(m => m.AadObjectId == aadObjectId);

    /// <summary>The deal's owner hands it to <paramref name="recipient"/>, due in a few days.</summary>
    public static JsonObject HandOff(Deal deal, DemoPerson recipient, string note) =>
        TeamsActivities.CardAction(Member(deal.Owner.UserId), "handoff.start", new JsonObject
        {
            ["accountId"] = deal.AccountId,
            ["dealVersions"] = new JsonObject { [deal.Id] = deal.Version },
            ["handoffDealId"] = deal.Id,
            ["handoffRecipientId"] = recipient.AadObjectId,
            ["handoffNote"] = note,
            ["handoffDueDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    /// <summary>The recipient accepts, or declines with a reason.</summary>
    public static JsonObject Answer(Handoff handoff, bool accept)
    {
        var data = new JsonObject { ["accountId"] = handoff.AccountId, ["handoffId"] = handoff.Id };
        if (!accept)
        {
            data["declineReason"] = "Not my region.";
        }

        return TeamsActivities.CardAction(Member(handoff.To.UserId), accept ? "handoff.accept" : "handoff.decline", data);
    }

    public static JsonObject Comment(DemoPerson author, string accountId, string text, string locale = "en-US") =>
        TeamsActivities.CardAction(author, "comment.add", new JsonObject
        {
            ["accountId"] = accountId,
            ["commentText"] = text,
            ["commentVisibility"] = "Internal",
        }, locale);

    /// <summary>"Change stage" on the version of the deal the user saw.</summary>
    public static JsonObject ChangeStage(DemoPerson person, Deal deal, DealStage stage, string locale = "en-US") =>
        TeamsActivities.CardAction(person, "deal.changeStage", new JsonObject
        {
            ["accountId"] = deal.AccountId,
            ["dealId"] = deal.Id,
            ["dealVersion"] = deal.Version,
            ["stage"] = stage.ToString(),
        }, locale);
}
