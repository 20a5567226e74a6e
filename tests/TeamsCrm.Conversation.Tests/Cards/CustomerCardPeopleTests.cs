namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>The people and calendar lines of the customer card: what members see, and what a guest's card JSON never carries.</summary>
public sealed class CustomerCardPeopleTests
{
    [Fact]
    public void Build_Owner_ShowsTitlePresenceAndOwnMeetingSubjects()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, CardCatalogue.FullOptions with { People = CardCatalogue.PeopleFor(CardSamples.Member), ViewerId = CardSamples.Member.UserId });

        var text = CardJson.AllText(card).Replace('\u00A0', ' ').Replace('\u202F', ' ');
        Assert.Contains("About Mia Member: Account Manager · busy", text, StringComparison.Ordinal);
        Assert.Contains("Last met: 2/25/2026 1:30 PM UTC, Quarterly review with the purchasing team", text, StringComparison.Ordinal);
        Assert.Contains("Next meeting: 3/5/2026 9:30 AM UTC, Renewal planning", text, StringComparison.Ordinal);
        Assert.Contains("Max Müller (Pre-Sales Engineer · available)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OtherMember_SeesDateAndOrganiserNotTheSubjectOfTheOwnersMeeting()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.OtherMember), CardContext.German, CardCatalogue.FullOptions with { People = CardCatalogue.PeopleFor(CardSamples.OtherMember), ViewerId = CardSamples.OtherMember.UserId });

        var text = CardJson.AllText(card).Replace('\u00A0', ' ').Replace('\u202F', ' ');
        Assert.Contains("Zuletzt getroffen: 25.02.2026 13:30 UTC, organisiert von Mia Member", text, StringComparison.Ordinal);
        Assert.Contains("Zu Mia Member: Account Manager · beschäftigt", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CardCatalogue.MeetingSubject, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Guest_JsonCarriesNoPresenceManagerOrSubject()
    {
        foreach (var context in CardCatalogue.Languages)
        {
            var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.GuestA), context, CardCatalogue.FullOptions with { People = CardCatalogue.PeopleFor(CardSamples.GuestA) });

            var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Assert.Contains(context.IsGerman ? "Zu Mia Member: Account Manager" : "About Mia Member: Account Manager", json, StringComparison.Ordinal);
            Assert.Contains(context.IsGerman ? "Zuletzt getroffen: " : "Last met: ", json, StringComparison.Ordinal);
            Assert.DoesNotContain(CardCatalogue.MeetingSubject, json, StringComparison.Ordinal);
            Assert.DoesNotContain("Renewal planning", json, StringComparison.Ordinal);
            Assert.DoesNotContain(CardCatalogue.ManagerName, json, StringComparison.Ordinal);
            Assert.DoesNotContain(CardCatalogue.NewAttendeeEmail, json, StringComparison.Ordinal);
            Assert.DoesNotContain(CardFields.ContactEmail, json, StringComparison.Ordinal);
            Assert.DoesNotContain("organised by", json, StringComparison.Ordinal);
            Assert.DoesNotContain("organisiert von", json, StringComparison.Ordinal);
            foreach (var presence in Enum.GetValues<PresenceStatus>())
            {
                var name = new CardText(context).Enum(presence);
                Assert.DoesNotContain($"· {name}", json, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Build_Member_AttendeeNotAContactOfferedOnce()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.OtherMember), CardContext.German, CardCatalogue.FullOptions with { People = CardCatalogue.PeopleFor(CardSamples.OtherMember) });

        var offer = Assert.Single(CardJson.OfType(card, "Action.Submit"), a => a["data"]?[CardFields.ContactEmail] is not null);
        Assert.Equal("Klara Kunde hinzufügen", offer["title"]!.GetValue<string>());
        Assert.Equal(CardCatalogue.NewAttendeeEmail, offer["data"]![CardFields.ContactEmail]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Sam Taylor", "sam@x.example", "Sam", "Taylor")]
    [InlineData("Taylor, Sam", "sam@x.example", "Sam", "Taylor")]
    [InlineData("Mary Ann van Dyke", "m@x.example", "Mary Ann van", "Dyke")]
    [InlineData(null, "jo.de-la.cruz@x.example", "Jo De La", "Cruz")]
    [InlineData("sam.taylor@x.example", "sam.taylor@x.example", "Sam", "Taylor")]
    [InlineData(null, "info@x.example", "", "")]
    [InlineData("", "j2.doe@x.example", "", "")]
    public void AttendeeNames_Draft_NamesFromTheCalendarElseTheAddress(string? name, string email, string first, string last)
    {
        var draft = AttendeeNames.Draft(new MeetingAttendee(name, $"  {email} "));

        Assert.Equal((first, last, email), (draft.FirstName, draft.LastName, draft.Email));
    }

    [Fact]
    public void Build_DirectoryUnavailable_QuietNote()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, CardCatalogue.FullOptions with { People = CustomerPeopleContext.Unavailable });

        Assert.Contains("Colleague and calendar details are not available right now.", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoPeopleContext_NoPeopleLines()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, CardCatalogue.FullOptions);

        Assert.DoesNotContain("Last met", CardJson.AllText(card), StringComparison.Ordinal);
    }
}
