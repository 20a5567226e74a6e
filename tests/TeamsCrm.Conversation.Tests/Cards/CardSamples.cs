namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>
/// A hand-built account partition with every kind of record. Internal data carries ASCII marker texts so
/// a test can search the serialized guest card for them.
/// </summary>
internal static class CardSamples
{
    public const string Tenant = "tenant-1";
    public const string AccountId = "0190f5c2a1b27c3d8e4f5a6b7c8d9e0f";
    public const string PartnerA = "partner-a";
    public const string PartnerAName = "Alpha Reseller GmbH";
    public const string PartnerB = "partner-b";
    public const string OtherOrgName = "OTHERORG-Beta Integrations Ltd";
    public const string SecretSegment = "SEGMENT-STRATEGIC-KEY";
    public const string DealSource = "SOURCE-CEO-GOLF-FRIEND";
    public const int SecretProbability = 73;
    public const string InternalComment = "INTERNAL-COMMENT margin is 40 percent";
    public const string InternalDealComment = "INTERNAL-DEAL-COMMENT price floor";
    public const string SharedComment = "SHARED-COMMENT welcome partners";
    public const string InteractionSummary = "INTERACTION-SUMMARY called the CFO";
    public const string MemberHandoffNote = "HANDOFF-NOTE-BETWEEN-MEMBERS";
    public const string HiddenDealTitle = "HIDDEN-DEAL Service Contract";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly Caller Member = new(Tenant, "member-1", "Mia Member", CallerRole.Member);
    public static readonly Caller OtherMember = new(Tenant, "member-2", "Max Müller", CallerRole.Member);
    public static readonly Caller GuestA = new(Tenant, "guest-a", "Anna Alpha", CallerRole.Guest, PartnerA);

    public static Account Account() => new()
    {
        Id = AccountId,
        Name = "Müller Maschinenbau",
        LegalForm = "GmbH",
        Industry = "Mechanical engineering",
        Segment = SecretSegment,
        Website = "https://mueller.example",
        Address = new PostalAddress("Hauptstraße 1", "70173", "Stuttgart", "Germany"),
        Owner = Member.AsPerson(),
        CreatedAt = Now.AddDays(-30),
        UpdatedAt = Now.AddDays(-1),
        Version = "W/\"acct-1\"",
    };

    public static Deal Deal(string id, string title, DealStage stage, decimal amount = 1234.5m) => new()
    {
        Id = id,
        AccountId = AccountId,
        Title = title,
        Stage = stage,
        Amount = amount,
        Currency = "EUR",
        Probability = SecretProbability,
        Source = DealSource,
        ExpectedCloseDate = new DateOnly(2026, 5, 31),
        Owner = Member.AsPerson(),
        CreatedAt = Now.AddDays(-10),
        UpdatedAt = Now.AddDays(-2),
        Version = $"W/\"{id}-v3\"",
    };

    /// <summary>d1 shared with partner-a (per <paramref name="partnerAAccountLevel"/> on the account, or deal-only), d2 internal, d3 won.</summary>
    public static AccountPartition Partition(ShareLevel? partnerAAccountLevel = ShareLevel.Contribute, ShareLevel? partnerADealLevel = ShareLevel.Edit)
    {
        var d1 = Deal("d1", "Retrofit line 3", DealStage.Proposal);
        var d2 = Deal("d2", HiddenDealTitle, DealStage.Negotiation, 250_000m);
        var d3 = Deal("d3", "Closed deal", DealStage.Won);
        var shares = new List<Share> { NewShare(PartnerB, OtherOrgName, null, ShareLevel.Read) };
        if (partnerAAccountLevel is { } accountLevel)
        {
            shares.Add(NewShare(PartnerA, PartnerAName, null, accountLevel));
        }

        if (partnerADealLevel is { } dealLevel)
        {
            shares.Add(NewShare(PartnerA, PartnerAName, "d1", dealLevel));
        }

        return new AccountPartition(
            Account(),
            [Contact("c1", "Anna", "Schmidt", key: true), Contact("c2", "Bernd", "Becker", key: false)],
            [d1, d2, d3],
            [
                NewHandoff("h1", "d1", Member, GuestA, "Please run the demo", HandoffStatus.Pending),
                NewHandoff("h2", "d2", Member, OtherMember, MemberHandoffNote, HandoffStatus.Declined),
                NewHandoff("h3", "d1", OtherMember, Member, "Back to you", HandoffStatus.Accepted),
            ],
            shares,
            [
                NewComment("k1", null, CommentVisibility.Internal, InternalComment, [OtherMember.AsPerson()]),
                NewComment("k2", null, CommentVisibility.Shared, SharedComment, []),
                NewComment("k3", "d1", CommentVisibility.Internal, InternalDealComment, []),
                NewComment("k4", "d2", CommentVisibility.Internal, "Deleted one", []) with { IsDeleted = true, Text = string.Empty },
            ],
            [
                new Interaction
                {
                    Id = "i1",
                    AccountId = AccountId,
                    Channel = InteractionChannel.Phone,
                    Direction = InteractionDirection.Outbound,
                    OccurredAt = Now.AddDays(-1),
                    Summary = InteractionSummary,
                    LoggedBy = Member.AsPerson(),
                    CreatedAt = Now.AddDays(-1),
                },
            ]);
    }

    public static Handoff NewHandoff(string id, string dealId, Caller from, Caller to, string? note, HandoffStatus status) => new()
    {
        Id = id,
        AccountId = AccountId,
        DealId = dealId,
        From = from.AsPerson(),
        To = to.AsPerson(),
        Note = note,
        Status = status,
        DueAt = Now.AddDays(1),
        DeclineReason = status == HandoffStatus.Declined ? "No capacity this quarter" : null,
        CreatedAt = Now.AddHours(-3),
        RespondedAt = status == HandoffStatus.Pending ? null : Now.AddHours(-1),
        Version = $"W/\"{id}\"",
    };

    public static Comment NewComment(string id, string? dealId, CommentVisibility visibility, string text, IReadOnlyList<PersonRef> mentions) => new()
    {
        Id = id,
        AccountId = AccountId,
        DealId = dealId,
        Author = Member.AsPerson(),
        Text = text,
        Mentions = mentions,
        Visibility = visibility,
        CreatedAt = Now.AddMinutes(-int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) * 10),
    };

    public static Contact Contact(string id, string first, string last, bool key) => new()
    {
        Id = id,
        AccountId = AccountId,
        FirstName = first,
        LastName = last,
        Role = "Head of purchasing",
        Email = $"{first.ToUpperInvariant()}@customer.example",
        Phone = "+49 711 123456",
        IsKeyContact = key,
        CreatedAt = Now.AddDays(-20),
        UpdatedAt = Now.AddDays(-20),
    };

    private static Share NewShare(string organizationId, string organizationName, string? dealId, ShareLevel level) => new()
    {
        AccountId = AccountId,
        DealId = dealId,
        PartnerOrganizationId = organizationId,
        PartnerOrganizationName = organizationName,
        Level = level,
        SharedBy = Member.AsPerson(),
        SharedAt = Now.AddDays(-5),
    };
}
