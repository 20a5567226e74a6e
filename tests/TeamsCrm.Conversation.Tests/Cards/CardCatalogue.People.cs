namespace TeamsCrm.Conversation.Tests.Cards;

internal static partial class CardCatalogue
{
    public const string MeetingSubject = "Quarterly review with the purchasing team";
    public const string ManagerName = "Hanna Head";
    public const string NewAttendeeEmail = "klara@mueller.example";

    public static Uri OwnerPhotoUrl { get; } = new("https://crm.example/api/people/t/u/photo?exp=1767225600&sig=c2lnbmF0dXJl");

    /// <summary>The directory's raw answer for the sample account: the owner (Mia) with title, presence, manager; a past and an upcoming meeting with the customer.</summary>
    public static PeopleContextResult SamplePeople() => new(
        [
            new PersonProfile(CardSamples.Member.UserId, CardSamples.Member.DisplayName, "mia@tenant.example", "Account Manager", "Sales", PresenceStatus.Busy, ManagerName, true),
            new PersonProfile(CardSamples.OtherMember.UserId, CardSamples.OtherMember.DisplayName, "max@tenant.example", "Pre-Sales Engineer", "Pre-Sales", PresenceStatus.Available, ManagerName, false),
        ],
        [
            new Meeting("m-last", CardSamples.Member.UserId, CardSamples.Now.AddDays(-5).AddHours(4), CardSamples.Now.AddDays(-5).AddHours(5), MeetingSubject, "Mia Member", "mia@tenant.example", [new MeetingAttendee("Klara Kunde", "klara@mueller.example")]),
            new Meeting("m-next", CardSamples.Member.UserId, CardSamples.Now.AddDays(3), CardSamples.Now.AddDays(3).AddHours(1), "Renewal planning", "Mia Member", "mia@tenant.example", [new MeetingAttendee("Klara Kunde", "klara@mueller.example")]),
        ],
        false);

    /// <summary>The context as <paramref name="viewer"/> may see it, through the access policy as in production.</summary>
    public static CustomerPeopleContext PeopleFor(Caller viewer, PeopleContextResult? raw = null) =>
        PeopleContextPolicy.ForViewer(
            viewer,
            raw ?? SamplePeople(),
            CardSamples.Member.UserId,
            new CustomerAttendeeMatcher([], CardSamples.Account().Website, ["mia@tenant.example"]),
            CardSamples.Now);

    private static IEnumerable<(string, JsonObject)> People(CardContext context)
    {
        var withPeople = FullOptions with { People = PeopleFor(CardSamples.OtherMember), ViewerId = CardSamples.OtherMember.UserId };
        yield return ("customer.member.people", CustomerCardBuilder.Build(CardFor(CardSamples.OtherMember), context, withPeople));
        yield return ("customer.member.people-photo", CustomerCardBuilder.Build(CardFor(CardSamples.OtherMember), context, withPeople with { OwnerPhotoUrl = OwnerPhotoUrl }));
        yield return ("customer.owner.people", CustomerCardBuilder.Build(CardFor(CardSamples.Member), context, FullOptions with { People = PeopleFor(CardSamples.Member), ViewerId = CardSamples.Member.UserId }));
        yield return ("customer.guest.people", CustomerCardBuilder.Build(CardFor(CardSamples.GuestA), context, FullOptions with { People = PeopleFor(CardSamples.GuestA) }));
        yield return ("customer.member.people-degraded", CustomerCardBuilder.Build(CardFor(CardSamples.Member), context, FullOptions with { People = CustomerPeopleContext.Unavailable }));
        var last = PeopleFor(CardSamples.Member).LastMet!;
        yield return ("my.meetings", MyWorkCardBuilder.UnloggedMeetings([new(CardSamples.AccountId, "Müller Maschinenbau GmbH", last), new(CardSamples.AccountId, "Müller Maschinenbau GmbH", last with { Subject = null })], context));
        yield return ("my.meetings.empty", MyWorkCardBuilder.UnloggedMeetings([], context));
        var person = new PersonLine(SamplePeople().People[0], OwnerPhotoUrl);
        var pending = HandoffIn(HandoffStatus.Pending);
        yield return ("handoff.recipient.person", HandoffCardBuilder.ForRecipient(pending, Subject, context, null, person));
        yield return ("handoff.sender.person-guest", HandoffCardBuilder.ForSender(pending, Subject, context, null, new PersonLine(PeopleContextPolicy.ForViewer(CardSamples.GuestA, person.Profile), null)));
        yield return ("handoff.reminder.person", HandoffCardBuilder.Reminder(pending, Subject, HandoffParty.Recipient, context, person));
        yield return ("handoff.answered.person", HandoffCardBuilder.Answered(HandoffIn(HandoffStatus.Declined), Subject, context, person));
        yield return ("comment-note.person", CommentNotificationCardBuilder.Build(
            CardSamples.NewComment("k3", null, CommentVisibility.Internal, "Please call them back.", [CardSamples.OtherMember.AsPerson()]), "Müller Maschinenbau GmbH", context, person));
        yield return ("customer.member.people-no-meetings", CustomerCardBuilder.Build(CardFor(CardSamples.Member), context, FullOptions with { People = PeopleFor(CardSamples.Member, SamplePeople() with { Meetings = [] }) }));
    }
}
