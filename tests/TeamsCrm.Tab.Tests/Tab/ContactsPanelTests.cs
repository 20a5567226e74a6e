using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>Editing contacts: the bot's validation messages next to the field, and nothing saved when input is invalid.</summary>
public sealed class ContactsPanelTests : WorkspaceTestContext
{
    [Theory]
    [InlineData("en-US", "This is not a valid email address.", "Email")]
    [InlineData("de-DE", null, null)]
    public async Task Edit_InvalidEmail_InlineMessageInTheViewersLanguageAndNothingSaved(string culture, string? expected, string? label)
    {
        await StartAsync(WorkspaceWorld.Megan, culture);
        var seeded = await SeededAccount.CreateAsync(World);
        var page = RenderWorkspace(seeded.AccountId);
        var form = $"contact-{seeded.ContactId}-form";
        var language = System.Globalization.CultureInfo.GetCultureInfo(culture);

        await page.Find($"#contact-{seeded.ContactId} .crm-contact-edit").ClickAsync(new MouseEventArgs());
        await page.Find($"#{form}-role").InputAsync("Head of Purchasing");
        await page.Find($"#{form}-email").InputAsync("not-an-email");
        await page.Find($"#{form}").SubmitAsync(EventArgs.Empty);

        var message = page.Find($"#{form}-email-error").TextContent;
        Assert.Equal(expected ?? CrmMessages.Get(ErrorCodes.InvalidEmail, language), message);
        Assert.NotEqual(CrmMessages.Get(ErrorCodes.InvalidEmail, System.Globalization.CultureInfo.GetCultureInfo("en-US")) == message, culture != "en-US");
        Assert.Equal(label ?? CrmMessages.FieldLabel("email", language), page.Find($"label[for='{form}-email']").TextContent);
        Assert.Equal("true", page.Find($"#{form}-email").GetAttribute("aria-invalid"));
        Assert.Equal($"{form}-email-error", page.Find($"#{form}-email").GetAttribute("aria-describedby"));
        Assert.Equal(CrmMessages.Get(ErrorCodes.Invalid, language), page.Find($"#{form} .crm-form-error").TextContent);
        var stored = Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Contacts.Single();
        Assert.Equal(("emma@contoso.example", "Buyer"), (stored.Email, stored.Role));
    }

    [Fact]
    public async Task Edit_ValidInput_SavedAndShown()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var form = $"contact-{seeded.ContactId}-form";

        await page.Find($"#contact-{seeded.ContactId} .crm-contact-edit").ClickAsync(new MouseEventArgs());
        await page.Find($"#{form}-email").InputAsync("emma.hughes@contoso.example");
        await page.Find($"#{form}-preferredChannel").ChangeAsync(nameof(PreferredChannel.Phone));
        await page.Find($"#{form}").SubmitAsync(EventArgs.Empty);

        var stored = Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Contacts.Single();
        Assert.Equal(("emma.hughes@contoso.example", PreferredChannel.Phone), (stored.Email, stored.PreferredChannel));
        page.WaitForAssertion(() => Assert.Equal("emma.hughes@contoso.example", page.Find($"#contact-{seeded.ContactId} .crm-contact-email").TextContent));
        Assert.Empty(page.FindAll($"#{form}"));
    }

    [Fact]
    public async Task Create_SameNameAsAContact_AsksFirstThenSavesAnyway()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find("#contact-new").ClickAsync(new MouseEventArgs());
        await page.Find("#contact-new-form-firstName").InputAsync("Emma");
        await page.Find("#contact-new-form-lastName").InputAsync("Hughes");
        await page.Find("#contact-new-form").SubmitAsync(EventArgs.Empty);

        Assert.Equal(CrmMessages.Get(ErrorCodes.DuplicateSuspected, System.Globalization.CultureInfo.CurrentUICulture), page.Find("#contact-new-form .crm-form-error").TextContent);
        Assert.Single(Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Contacts);

        await page.Find("#contact-new-form-save-anyway").ClickAsync(new MouseEventArgs());

        Assert.Equal(2, Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Contacts.Count);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".crm-contact").Count));
        Assert.Empty(page.FindAll("#contact-new-form"));
    }
}
