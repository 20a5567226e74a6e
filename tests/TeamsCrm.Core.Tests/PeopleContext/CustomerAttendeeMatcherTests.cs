using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Tests.PeopleContext;

public sealed class CustomerAttendeeMatcherTests
{
    [Theory]
    [InlineData("ann.lee@contoso-mail.example", true)] // a contact, by address
    [InlineData("ANN.LEE@contoso-mail.example", true)]
    [InlineData("other@contoso-mail.example", false)] // the contact's provider is not the customer
    [InlineData("bob@contoso.example", true)] // the website's domain
    [InlineData("eve@uk.contoso.example", true)] // a subdomain
    [InlineData("eve@notcontoso.example", false)]
    [InlineData("lukass@teamscrm.example", false)] // a colleague
    public void IsCustomer_Address_Matches(string address, bool expected)
    {
        var matcher = new CustomerAttendeeMatcher(["ann.lee@contoso-mail.example"], "https://www.contoso.example/", ["meganb@teamscrm.example"]);

        Assert.Equal(expected, matcher.IsCustomer(new MeetingAttendee(null, address)));
    }

    [Fact]
    public void IsCustomer_TenantSharesTheCustomersDomain_NeverCountsOwnAddresses()
    {
        var matcher = new CustomerAttendeeMatcher(["meganb@contoso.example"], "contoso.example", ["meganb@contoso.example"]);

        Assert.False(matcher.IsCustomer(new MeetingAttendee("Megan", "meganb@contoso.example")));
        Assert.False(matcher.IsCustomer(new MeetingAttendee("Bob", "bob@contoso.example")));
    }
}
