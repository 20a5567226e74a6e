using TeamsCrm.Core.PeopleContext;
using static TeamsCrm.Core.Tests.PeopleContext.PeopleContextSamples;

namespace TeamsCrm.Core.Tests.PeopleContext;

/// <summary>
/// Attendees are matched against every contact of the account (from the partition the card was read from), not only
/// the key contacts the card shows; the tenant's own addresses never count, even when a contact has one.
/// </summary>
public sealed class CustomerAttendeeContactsTests
{
    private const string PrivateAddress = "jo.park@mailbox.example";

    [Fact]
    public async Task CompleteAsync_AttendeeIsAContactBeyondTheKeyContacts_LastMetFound()
    {
        var card = CardWith(Contact("c6", "Jo", "Park", PrivateAddress.ToUpperInvariant(), key: false));
        var source = new FixedSource(Meeting("m1", "megan", Now.AddDays(-3), PrivateAddress));
        var service = new CustomerContextService(source, new FakeTimeProvider(Now));

        var view = await service.CompleteAsync(Megan, card, service.Start(Megan, card.Account.Id));

        Assert.Equal(CustomerCardAssembler.KeyContactLimit, card.KeyContacts.Count);
        Assert.DoesNotContain(card.KeyContacts, c => c.Id == "c6");
        Assert.Equal("m1", view.LastMet?.MeetingId);
        Assert.Equal(PrivateAddress, Assert.Single(view.LastMet!.CustomerAttendees).Email);
    }

    [Fact]
    public async Task CompleteAsync_ContactWithTheTenantsOwnAddress_NeverCountsAsCustomer()
    {
        var card = CardWith(Contact("c6", "Megan", "Bowen", MeganProfile.Email!, key: true));
        var source = new FixedSource(Meeting("m1", "megan", Now.AddDays(-3), MeganProfile.Email!));
        var service = new CustomerContextService(source, new FakeTimeProvider(Now));

        var view = await service.CompleteAsync(Megan, card, service.Start(Megan, card.Account.Id));

        Assert.Null(view.LastMet);
    }

    [Fact]
    public void Assemble_Guest_ContactEmailsOnlyWhenContactsAreVisible()
    {
        var partition = PartitionWith(Contact("c6", "Jo", "Park", PrivateAddress, key: false));

        var member = CustomerCardAssembler.Assemble(partition, AccessPolicy.ForAccount(TestData.Member, partition.Shares));
        var stranger = CustomerCardAssembler.Assemble(partition, AccessPolicy.ForAccount(TestData.GuestNoOrg, partition.Shares));

        Assert.Contains(PrivateAddress, member.ContactEmails);
        Assert.Equal(6, member.ContactEmails.Count);
        Assert.Empty(stranger.ContactEmails);
    }

    /// <summary>Five key contacts at the customer's domain plus <paramref name="extra"/>, seen by Megan (a member).</summary>
    private static CustomerCard CardWith(Contact extra)
    {
        var partition = PartitionWith(extra);
        var megan = new Caller(TestData.Tenant, "megan", "Megan Bowen", CallerRole.Member);
        return CustomerCardAssembler.Assemble(partition, AccessPolicy.ForAccount(megan, partition.Shares));
    }

    private static AccountPartition PartitionWith(Contact extra)
    {
        var account = TestData.Account() with { Website = "https://www.contoso.example", Owner = new PersonRef("megan", "Megan Bowen") };
        Contact[] keyContacts = [.. Enumerable.Range(1, 5).Select(i => Contact($"c{i}", $"Key{i}", $"Aaa{i}", $"key{i}@contoso.example", key: true))];
        return new AccountPartition(account, [.. keyContacts, extra], [], [], [], [], []);
    }

    private static Contact Contact(string id, string first, string last, string email, bool key) => new()
    {
        Id = id,
        AccountId = TestData.AccountId,
        FirstName = first,
        LastName = last,
        Email = email,
        IsKeyContact = key,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    private sealed class FixedSource(params Meeting[] meetings) : IPeopleContextSource
    {
        public Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new PeopleContextResult([MeganProfile, LukasProfile], meetings, false));
    }
}
