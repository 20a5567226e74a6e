namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>Sharing by chat in English and German: what to share, with which organisation, at which level, and ending a share.</summary>
public sealed class IntentRecognizerShareTests
{
    private readonly IntentRecognizer _recognizer = Recognizers.AtNow();

    [Theory]
    [InlineData("share Contoso Renewal with Fabrikam Partners to comment", "Contoso Renewal", "Fabrikam Partners", ShareLevel.Contribute, UtteranceLanguage.English)]
    [InlineData("share Contoso with Fabrikam to view", "Contoso", "Fabrikam", ShareLevel.Read, UtteranceLanguage.English)]
    [InlineData("share Contoso with Fabrikam to edit", "Contoso", "Fabrikam", ShareLevel.Edit, UtteranceLanguage.English)]
    [InlineData("please share the Contoso account with Fabrikam so they can update", "Contoso", "Fabrikam", ShareLevel.Edit, UtteranceLanguage.English)]
    [InlineData("share the Contoso Renewal deal with Fabrikam Partners read only", "Contoso Renewal", "Fabrikam Partners", ShareLevel.Read, UtteranceLanguage.English)]
    [InlineData("share Contoso with Fabrikam", "Contoso", "Fabrikam", null, UtteranceLanguage.English)]
    [InlineData("give Fabrikam comment access to Contoso", "Contoso", "Fabrikam", ShareLevel.Contribute, UtteranceLanguage.English)]
    [InlineData("change Fabrikam's access to Contoso Renewal to view", "Contoso Renewal", "Fabrikam", ShareLevel.Read, UtteranceLanguage.English)]
    [InlineData("change Fabrikam’s access to Contoso to edit", "Contoso", "Fabrikam", ShareLevel.Edit, UtteranceLanguage.English)]
    [InlineData("set the access of Fabrikam Partners to Contoso to comment", "Contoso", "Fabrikam Partners", ShareLevel.Contribute, UtteranceLanguage.English)]
    [InlineData("change the sharing of Contoso with Fabrikam to view", "Contoso", "Fabrikam", ShareLevel.Read, UtteranceLanguage.English)]
    [InlineData("teile Contoso Renewal mit Fabrikam zum Kommentieren", "Contoso Renewal", "Fabrikam", ShareLevel.Contribute, UtteranceLanguage.German)]
    [InlineData("teile Contoso mit Fabrikam Partners zum Ansehen", "Contoso", "Fabrikam Partners", ShareLevel.Read, UtteranceLanguage.German)]
    [InlineData("Teile den Kunden Müller mit Fabrikam zum Bearbeiten", "Müller", "Fabrikam", ShareLevel.Edit, UtteranceLanguage.German)]
    [InlineData("teile Contoso mit Fabrikam mit Lesezugriff", "Contoso", "Fabrikam", ShareLevel.Read, UtteranceLanguage.German)]
    [InlineData("Contoso mit Fabrikam zum Lesen teilen", "Contoso", "Fabrikam", ShareLevel.Read, UtteranceLanguage.German)]
    [InlineData("gib Contoso für Fabrikam zum Kommentieren frei", "Contoso", "Fabrikam", ShareLevel.Contribute, UtteranceLanguage.German)]
    [InlineData("ändere den Zugriff von Fabrikam auf Contoso Renewal auf Lesen", "Contoso Renewal", "Fabrikam", ShareLevel.Read, UtteranceLanguage.German)]
    [InlineData("setze die Freigabe von Contoso für Fabrikam auf Bearbeiten", "Contoso", "Fabrikam", ShareLevel.Edit, UtteranceLanguage.German)]
    [InlineData("teile Contoso mit Fabrikam", "Contoso", "Fabrikam", null, UtteranceLanguage.German)]
    public void Recognize_ShareCommands_TargetPartnerAndLevel(string text, string target, string partner, ShareLevel? level, UtteranceLanguage language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.ShareRecord, result.Intent);
        Assert.Equal(target, result.AccountPhrase);
        Assert.Equal(partner, result.OrganizationPhrase);
        Assert.Equal(level, result.ShareLevel);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("stop sharing Contoso with Fabrikam", "Contoso", "Fabrikam", UtteranceLanguage.English)]
    [InlineData("stop sharing the Contoso Renewal deal with Fabrikam Partners", "Contoso Renewal", "Fabrikam Partners", UtteranceLanguage.English)]
    [InlineData("unshare Contoso from Fabrikam", "Contoso", "Fabrikam", UtteranceLanguage.English)]
    [InlineData("don't share Contoso with Fabrikam anymore", "Contoso", "Fabrikam", UtteranceLanguage.English)]
    [InlineData("remove Fabrikam's access to Contoso", "Contoso", "Fabrikam", UtteranceLanguage.English)]
    [InlineData("teile Contoso nicht mehr mit Fabrikam", "Contoso", "Fabrikam", UtteranceLanguage.German)]
    [InlineData("beende die Freigabe von Contoso Renewal für Fabrikam", "Contoso Renewal", "Fabrikam", UtteranceLanguage.German)]
    [InlineData("Freigabe von Contoso für Fabrikam aufheben", "Contoso", "Fabrikam", UtteranceLanguage.German)]
    [InlineData("entziehe Fabrikam den Zugriff auf Contoso", "Contoso", "Fabrikam", UtteranceLanguage.German)]
    public void Recognize_UnshareCommands_TargetAndPartner(string text, string target, string partner, UtteranceLanguage language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.UnshareRecord, result.Intent);
        Assert.Equal(target, result.AccountPhrase);
        Assert.Equal(partner, result.OrganizationPhrase);
        Assert.Null(result.ShareLevel);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("comment on Contoso (shared): kickoff date confirmed", Intent.CommentOnAccount)]
    [InlineData("shared comment on Adventure Works: partner will handle it", Intent.CommentOnAccount)]
    [InlineData("give Lukas the Contoso deal", Intent.HandOffDeal)]
    [InlineData("gib den Contoso Deal an Lukas", Intent.HandOffDeal)]
    [InlineData("hand off the Contoso renewal to Megan", Intent.HandOffDeal)]
    [InlineData("show Contoso", Intent.ShowAccount)]
    public void Recognize_NearbyCommands_AreNotSharing(string text, Intent intent)
    {
        Assert.Equal(intent, _recognizer.Recognize(text, null).Intent);
    }
}
