namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class IntentRecognizerSlotTests
{
    private readonly IntentRecognizer _recognizer = Recognizers.AtNow();

    [Theory]
    [InlineData("log call with Contoso: x", InteractionChannel.Phone)]
    [InlineData("log phone call with Contoso: x", InteractionChannel.Phone)]
    [InlineData("Anruf mit Contoso: x", InteractionChannel.Phone)]
    [InlineData("Telefonat mit Contoso: x", InteractionChannel.Phone)]
    [InlineData("habe mit Contoso telefoniert: x", InteractionChannel.Phone)]
    [InlineData("log meeting with Contoso: x", InteractionChannel.Meeting)]
    [InlineData("Termin mit Contoso notieren: x", InteractionChannel.Meeting)]
    [InlineData("Besprechung mit Contoso: x", InteractionChannel.Meeting)]
    [InlineData("log email to Contoso: x", InteractionChannel.Email)]
    [InlineData("E-Mail an Contoso: x", InteractionChannel.Email)]
    [InlineData("Mail an Contoso: x", InteractionChannel.Email)]
    [InlineData("log visit at Contoso: x", InteractionChannel.InPerson)]
    [InlineData("Besuch bei Contoso: x", InteractionChannel.InPerson)]
    [InlineData("log teams chat with Contoso: x", InteractionChannel.Teams)]
    [InlineData("Teams-Chat mit Contoso: x", InteractionChannel.Teams)]
    [InlineData("log linkedin message to Contoso: x", InteractionChannel.Social)]
    public void Recognize_InteractionWords_Channel(string text, InteractionChannel channel)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.LogInteraction, result.Intent);
        Assert.Equal(channel, result.Channel);
        Assert.Equal("Contoso", result.AccountPhrase);
        Assert.Equal("x", result.Text);
    }

    [Fact]
    public void Recognize_InteractionWithContactAtAccount_SplitsContactAndAccount()
    {
        var result = _recognizer.Recognize("log call with Anna Schmidt at Contoso: discussed pricing", null);

        Assert.Equal("Anna Schmidt", result.ContactPhrase);
        Assert.Equal("Contoso", result.AccountPhrase);
        Assert.Equal("discussed pricing", result.Text);
    }

    [Theory]
    [InlineData("comment on Contoso (shared): x")]
    [InlineData("shared comment on Contoso: x")]
    [InlineData("comment on Contoso for partners: x")]
    [InlineData("Kommentar zu Contoso für Partner: x")]
    [InlineData("kommentiere Contoso geteilt: x")]
    [InlineData("geteilter Kommentar zu Contoso: x")]
    [InlineData("Kommentar zu Contoso [geteilt]: x")]
    public void Recognize_SharedHint_SharedAndRemovedFromTheAccount(string text)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(CommentVisibility.Shared, result.Visibility);
        Assert.Equal("Contoso", result.AccountPhrase);
    }

    [Theory]
    [InlineData("comment on Contoso: shared drive is full")]
    [InlineData("Kommentar zu Contoso: x")]
    public void Recognize_NoHintBeforeTheColon_Internal(string text)
    {
        Assert.Equal(CommentVisibility.Internal, _recognizer.Recognize(text, null).Visibility);
    }

    [Theory]
    [InlineData("hand off the Fabrikam rollout to Lukas by Friday", "Friday", 2026, 12, 4)]
    [InlineData("übergib Fabrikam Rollout an Lukas bis Freitag", "Freitag", 2026, 12, 4)]
    [InlineData("übergib Fabrikam Rollout an Lukas bis morgen: eilig", "morgen", 2026, 12, 1)]
    [InlineData("hand off Fabrikam rollout to Lukas until 2027-01-15", "2027-01-15", 2027, 1, 15)]
    [InlineData("übergib Fabrikam Rollout an Lukas bis zum 15.12.", "15.12", 2026, 12, 15)]
    public void Recognize_DuePhrase_RawAndDate(string text, string phrase, int year, int month, int day)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal("Lukas", result.RecipientPhrase);
        Assert.Equal(phrase, result.DuePhrase);
        Assert.Equal(new DateOnly(year, month, day), result.DueDate);
    }

    [Fact]
    public void Recognize_DueInTheUsersTimeZone_UsesTheirToday()
    {
        var hawaii = TimeZoneInfo.CreateCustomTimeZone("UTC-10", TimeSpan.FromHours(-10), "UTC-10", "UTC-10");

        var result = _recognizer.Recognize("hand off Fabrikam to Lukas by tomorrow", null, null, hawaii);

        Assert.Equal(new DateOnly(2026, 11, 30), result.DueDate);
    }

    [Fact]
    public void Recognize_UnreadableDue_KeepsThePhraseWithoutDate()
    {
        var result = _recognizer.Recognize("hand off Fabrikam to Lukas by the next board meeting", null);

        Assert.Equal("the next board meeting", result.DuePhrase);
        Assert.Null(result.DueDate);
    }

    [Theory]
    [InlineData("new contact Anna Schmidt at Contoso", Intent.CreateContact, "Contoso", "Anna Schmidt")]
    [InlineData("neuer Kontakt bei Contoso", Intent.CreateContact, "Contoso", null)]
    [InlineData("new account Tailspin Toys", Intent.CreateAccount, "Tailspin Toys", null)]
    [InlineData("neuen Deal für Fabrikam anlegen", Intent.CreateLead, "Fabrikam", null)]
    public void Recognize_Create_AccountAndContact(string text, Intent intent, string account, string? contact)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(intent, result.Intent);
        Assert.Equal(account, result.AccountPhrase);
        Assert.Equal(contact, result.ContactPhrase);
    }

    [Theory]
    [InlineData("log call with Anna at Contoso at 10:30: notes", "Anna", "Contoso")]
    [InlineData("Anruf mit Contoso um 14 Uhr: notes", null, "Contoso")]
    [InlineData("log meeting with Northwind yesterday: notes", null, "Northwind")]
    [InlineData("Termin mit Anna Schmidt von Contoso gestern: notes", "Anna Schmidt", "Contoso")]
    [InlineData("log call with Studio 54: notes", null, "Studio 54")]
    public void Recognize_InteractionWithTime_TimeIsNotPartOfTheNames(string text, string? contact, string account)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.LogInteraction, result.Intent);
        Assert.Equal(contact, result.ContactPhrase);
        Assert.Equal(account, result.AccountPhrase);
        Assert.Equal("notes", result.Text);
    }

    [Theory]
    [InlineData("comment on Contoso: call at 10:30 tomorrow", "call at 10:30 tomorrow")]
    [InlineData("comment on Contoso: see https://contoso.example/a:b", "see https://contoso.example/a:b")]
    public void Recognize_ColonsInTheText_OnlyTheFirstSeparates(string text, string expected)
    {
        Assert.Equal(expected, _recognizer.Recognize(text, null).Text);
    }

    [Fact]
    public void Recognize_TimeBeforeTheSeparator_NotASeparator()
    {
        var result = _recognizer.Recognize("log call with Contoso at 10:30: discussed pricing", null);

        Assert.Equal("Contoso", result.AccountPhrase);
        Assert.Equal("discussed pricing", result.Text);
    }
}
