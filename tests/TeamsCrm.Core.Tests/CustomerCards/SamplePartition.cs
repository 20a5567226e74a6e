namespace TeamsCrm.Core.Tests.CustomerCards;

/// <summary>
/// A hand-built account partition with deals d1 (shared with partner-a at Edit), d2 and a won d3,
/// internal and shared comments on the account and on deals, an interaction, handoffs between
/// different people, and an account share with partner-b. Marker texts are ASCII so they can be
/// searched for in serialized JSON.
/// </summary>
internal static class SamplePartition
{
    public const string SecretSegment = "SEGMENT-STRATEGIC-KEY-ACCOUNT";
    public const string InternalAccountComment = "INTERNAL-ACCOUNT-COMMENT margin is 40 percent";
    public const string InternalDealComment = "INTERNAL-D1-COMMENT price floor 200k";
    public const string SharedAccountComment = "SHARED-ACCOUNT-COMMENT welcome partners";
    public const string SharedD1Comment = "SHARED-D1-COMMENT demo booked";
    public const string SharedD2Comment = "SHARED-D2-COMMENT other deal";
    public const string InteractionSummary = "INTERACTION-SUMMARY called the CFO";
    public const string DealSource = "SOURCE-CEO-GOLF-FRIEND";
    public const string ContactLastName = "Keycontactson";
    public const string MemberHandoffNote = "HANDOFF-NOTE-BETWEEN-MEMBERS";
    public const string OtherGuestHandoffNote = "HANDOFF-NOTE-TO-OTHER-GUEST";

    /// <summary>The customer card <paramref name="viewer"/> gets of the sample partition, under its own shares.</summary>
    public static CustomerCard CardFor(Caller viewer)
    {
        var partition = Build();
        return CustomerCardAssembler.Assemble(partition, AccessPolicy.ForAccount(viewer, partition.Shares));
    }

    public static AccountPartition Build()
    {
        var account = TestData.Account(name: "Mueller Maschinenbau GmbH", segment: SecretSegment);
        var d1 = TestData.Deal("d1", DealStage.Proposal) with { Title = "Deal One Retrofit", Source = DealSource, Probability = 60, ExpectedCloseDate = new DateOnly(2026, 5, 1) };
        var d2 = TestData.Deal("d2", DealStage.Negotiation) with { Title = "Deal Two Service Contract", ExpectedCloseDate = new DateOnly(2026, 4, 1) };
        var d3 = TestData.Deal("d3", DealStage.Won) with { Title = "Deal Three Closed" };

        return new AccountPartition(
            account,
            [Contact("c-1", "Anna", ContactLastName, key: true), Contact("c-2", "Bert", "Zweiter", key: false)],
            [d1, d2, d3],
            [
                Handoff("h-1", "d1", TestData.Member, TestData.GuestA, "Please take over the demo"),
                Handoff("h-2", "d1", TestData.Member, TestData.OtherMember, MemberHandoffNote),
                Handoff("h-3", "d2", TestData.Member, TestData.GuestA, "Not shared with partner-a"),
                Handoff("h-4", "d1", TestData.OtherMember, TestData.OtherGuestA, OtherGuestHandoffNote),
            ],
            [TestData.DealShare(TestData.PartnerA, "d1", ShareLevel.Edit), TestData.AccountShare(TestData.PartnerB, ShareLevel.Edit)],
            [
                Comment("k-1", null, CommentVisibility.Internal, InternalAccountComment),
                Comment("k-2", null, CommentVisibility.Shared, SharedAccountComment),
                Comment("k-3", "d1", CommentVisibility.Shared, SharedD1Comment),
                Comment("k-4", "d1", CommentVisibility.Internal, InternalDealComment),
                Comment("k-5", "d2", CommentVisibility.Shared, SharedD2Comment),
            ],
            [
                new Interaction
                {
                    Id = "i-1",
                    AccountId = TestData.AccountId,
                    Channel = InteractionChannel.Phone,
                    Direction = InteractionDirection.Outbound,
                    OccurredAt = TestData.Now.AddDays(-1),
                    Summary = InteractionSummary,
                    LoggedBy = TestData.Member.AsPerson(),
                    CreatedAt = TestData.Now.AddDays(-1),
                },
            ]);
    }

    private static Contact Contact(string id, string first, string last, bool key) => new()
    {
        Id = id,
        AccountId = TestData.AccountId,
        FirstName = first,
        LastName = last,
        Email = $"{first.ToUpperInvariant()}@customer.example",
        IsKeyContact = key,
        CreatedAt = TestData.Now.AddDays(-20),
        UpdatedAt = TestData.Now.AddDays(-20),
    };

    private static Handoff Handoff(string id, string dealId, Caller from, Caller to, string note) => new()
    {
        Id = id,
        AccountId = TestData.AccountId,
        DealId = dealId,
        From = from.AsPerson(),
        To = to.AsPerson(),
        Note = note,
        CreatedAt = TestData.Now.AddHours(-int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static Comment Comment(string id, string? dealId, CommentVisibility visibility, string text) => new()
    {
        Id = id,
        AccountId = TestData.AccountId,
        DealId = dealId,
        Author = TestData.Member.AsPerson(),
        Text = text,
        Visibility = visibility,
        CreatedAt = TestData.Now.AddMinutes(-int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture)),
    };
}
