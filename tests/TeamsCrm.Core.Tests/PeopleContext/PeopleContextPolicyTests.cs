using TeamsCrm.Core.PeopleContext;
using static TeamsCrm.Core.Tests.PeopleContext.PeopleContextSamples;

namespace TeamsCrm.Core.Tests.PeopleContext;

public sealed class PeopleContextPolicyTests
{
    [Fact]
    public void ForViewer_Member_SeesPresenceManagerAndOwnSubject()
    {
        var context = new PeopleContextResult(
            [MeganProfile],
            [Meeting("m1", "megan", Now.AddDays(-3), "ann.lee@contoso-mail.example"), Meeting("m2", "megan", Now.AddDays(2), "bob@contoso.example")],
            false);

        var view = PeopleContextPolicy.ForViewer(Megan, context, "megan", Matcher(), Now);

        Assert.Equal(PresenceStatus.Available, view.Owner!.Presence);
        Assert.Equal("Johanna Lorenz", view.Owner.ManagerName);
        Assert.Equal("Subject m1", view.LastMet!.Subject);
        Assert.Equal("Subject m2", view.NextMeeting!.Subject);
        Assert.Equal("bob@contoso.example", Assert.Single(view.NextMeeting.CustomerAttendees).Email);
    }

    [Fact]
    public void ForViewer_Guest_SeesNameAndTitleAndDatesOnly()
    {
        var context = new PeopleContextResult(
            [MeganProfile],
            [Meeting("m1", "megan", Now.AddDays(-3), "ann.lee@contoso-mail.example")],
            false);

        var view = PeopleContextPolicy.ForViewer(Pat, context, "megan", Matcher(), Now);

        var owner = view.Owner!;
        Assert.Equal(("Megan Bowen", "Account Manager"), (owner.DisplayName, owner.JobTitle));
        Assert.Null(owner.Presence);
        Assert.Null(owner.ManagerName);
        Assert.Null(owner.Email);
        Assert.Null(owner.Department);
        Assert.False(owner.HasPhoto);
        Assert.Null(view.LastMet!.Subject);
        Assert.Null(view.LastMet.OrganizerName);
        Assert.Empty(view.LastMet.CustomerAttendees);
    }

    [Fact]
    public void ForViewer_MeetingInOwnersCalendar_ShowsNoSubjectToAnotherMember()
    {
        var context = new PeopleContextResult([], [Meeting("m1", "megan", Now.AddDays(-1), "bob@contoso.example")], false);

        var view = PeopleContextPolicy.ForViewer(Lukas, context, "megan", Matcher(), Now);

        Assert.Null(view.LastMet!.Subject);
        Assert.Equal("Megan Bowen", view.LastMet.OrganizerName);
    }

    [Fact]
    public void ForViewer_SameMeetingInTwoCalendars_PrefersTheViewersCopy()
    {
        var start = Now.AddDays(-1);
        var context = new PeopleContextResult(
            [],
            [Meeting("m1", "megan", start, "bob@contoso.example"), Meeting("m1", "lukas", start, "bob@contoso.example")],
            false);

        var view = PeopleContextPolicy.ForViewer(Lukas, context, "megan", Matcher(), Now);

        Assert.Equal("Subject m1", view.LastMet!.Subject);
    }

    [Fact]
    public void ForViewer_PrivateMeeting_HidesSubjectEvenInOwnCalendar()
    {
        var context = new PeopleContextResult(
            [],
            [Meeting("m1", "megan", Now.AddDays(-1), "bob@contoso.example") with { IsPrivate = true }],
            false);

        Assert.Null(PeopleContextPolicy.ForViewer(Megan, context, "megan", Matcher(), Now).LastMet!.Subject);
    }

    [Fact]
    public void ForViewer_OnlyColleagues_NoCustomerMeeting()
    {
        var context = new PeopleContextResult(
            [],
            [Meeting("m1", "megan", Now.AddDays(-1), "lukass@teamscrm.example"), Meeting("m2", "megan", Now.AddDays(1), "someone@other.example")],
            false);

        var view = PeopleContextPolicy.ForViewer(Megan, context, "megan", Matcher(), Now);

        Assert.Null(view.LastMet);
        Assert.Null(view.NextMeeting);
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 0)]
    public void ForViewer_AttendeesNotContactsYet_OfferedOnceToMembersNeverToGuests(bool guest, int expected)
    {
        var context = new PeopleContextResult(
            [MeganProfile],
            [
                Meeting("m1", "megan", Now.AddDays(-3), "ann.lee@contoso-mail.example", "bob@contoso.example", "lukass@teamscrm.example"),
                Meeting("m2", "megan", Now.AddDays(2), "BOB@contoso.example", "carla@sales.contoso.example", "someone@other.example"),
                Meeting("m3", "megan", Now.AddDays(-9), "dora@contoso.example"),
            ],
            false);

        var view = PeopleContextPolicy.ForViewer(guest ? Pat : Megan, context, "megan", Matcher(), Now);

        Assert.Equal(expected, view.NewContacts.Count);
        Assert.Equal(guest ? [] : ["bob@contoso.example", "carla@sales.contoso.example"], view.NewContacts.Select(a => a.Email));
    }
}
