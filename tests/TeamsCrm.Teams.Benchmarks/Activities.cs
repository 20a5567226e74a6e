namespace TeamsCrm.Teams.Benchmarks;

/// <summary>Teams-shaped activity bodies as the Connector posts them.</summary>
internal static class Activities
{
    public static byte[] ChannelMessage(string serviceUrl, string conversationId, string id) => Encoding.UTF8.GetBytes("""
        {"type":"message","id":"@ID@","timestamp":"2026-11-30T10:00:00.123Z","localTimestamp":"2026-11-30T11:00:00.123+01:00",
         "serviceUrl":"@SERVICEURL@","channelId":"msteams",
         "from":{"id":"29:1megan-bowen","name":"Megan Bowen","aadObjectId":"4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e01"},
         "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5","id":"@CONVERSATIONID@"},
         "recipient":{"id":"28:c0ffee00-0000-4000-8000-00000000b071","name":"CRM"},
         "textFormat":"plain","locale":"de-DE","text":"<at>CRM</at> show account Contoso",
         "entities":[{"type":"mention","mentioned":{"id":"28:c0ffee00-0000-4000-8000-00000000b071","name":"CRM"},"text":"<at>CRM</at>"},
                     {"type":"clientInfo","locale":"de-DE","country":"DE","platform":"Web","timezone":"Europe/Berlin"}],
         "channelData":{"teamsChannelId":"19:contoso-account@thread.tacv2","teamsTeamId":"19:sales-team@thread.tacv2",
                        "channel":{"id":"19:contoso-account@thread.tacv2"},"team":{"id":"19:sales-team@thread.tacv2"},
                        "tenant":{"id":"5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5"}}}
        """.Replace("@SERVICEURL@", serviceUrl, StringComparison.Ordinal).Replace("@CONVERSATIONID@", conversationId, StringComparison.Ordinal).Replace("@ID@", id, StringComparison.Ordinal));

    public static byte[] CardAction(string serviceUrl) => Encoding.UTF8.GetBytes("""
        {"type":"invoke","name":"adaptiveCard/action","id":"f:123","serviceUrl":"@SERVICEURL@","channelId":"msteams",
         "from":{"id":"29:1megan-bowen","aadObjectId":"4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e01"},
         "conversation":{"conversationType":"personal","tenantId":"5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5","id":"a:1personal-chat-megan"},
         "recipient":{"id":"28:c0ffee00-0000-4000-8000-00000000b071"},"locale":"en-US",
         "value":{"action":{"type":"Action.Execute","verb":"help","data":{}},"trigger":"manual"},
         "channelData":{"tenant":{"id":"5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5"},"source":{"name":"message"}}}
        """.Replace("@SERVICEURL@", serviceUrl, StringComparison.Ordinal));
}
