using Microsoft.FluentUI.AspNetCore.Components;

namespace TeamsCrm.Tab.Tests.Scratch;

public sealed class SmokeTests : BunitContext
{
    [Fact]
    public void Render_FluentButton_Markup()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddFluentUIComponents();
        var cut = Render<FluentButton>(p => p.Add(b => b.Id, "x").Add(b => b.Appearance, ButtonAppearance.Primary).AddUnmatched("aria-label", "Move").AddUnmatched("class", "crm-deal-move").Add(b => b.ChildContent, (Microsoft.AspNetCore.Components.RenderFragment)(b => b.AddContent(0, "Go"))));
        Console.WriteLine("MARKUP: " + cut.Markup);
        var b2 = Render<FluentBadge>(p => p.Add(b => b.ChildContent, (Microsoft.AspNetCore.Components.RenderFragment)(b => b.AddContent(0, "Badge"))));
        Console.WriteLine("MARKUP: " + b2.Markup);
        var a = Render<FluentAvatar>(p => p.Add(b => b.Name, "Megan Bowen").Add(b => b.Image, "/photo.png"));
        Console.WriteLine("MARKUP: " + a.Markup);
        var m = Render<FluentMessageBar>(p => p.Add(b => b.Intent, MessageBarIntent.Warning).Add(b => b.ChildContent, (Microsoft.AspNetCore.Components.RenderFragment)(b => b.AddContent(0, "Msg"))));
        Console.WriteLine("MARKUP: " + m.Markup);
    }
}
