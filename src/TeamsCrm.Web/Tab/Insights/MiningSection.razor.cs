using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Tab.Components;
using TeamsCrm.Web.Tab.Resources;
using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Web.Tab.Insights;

/// <summary>
/// The "Products and segments" section: reads <see cref="MiningInsightsService"/> once with the viewer (members only;
/// the service refuses a guest) — or takes the answer the page already asked for beside its figures — then switches
/// product and kind without reading again. Shows the products someone looked at, the first the one whose best segment
/// stands out most (highest conservative lift), and up to <see cref="MaxRows"/> segments with data, too-few ones last.
/// </summary>
public sealed partial class MiningSection
{
    public const int MaxRows = 8;

    private MiningInsights? _result;
    private bool _loaded;
    private string? _productId;
    private MiningKind _kind = MiningKind.Interest;
    private WorkspaceClock _clock = WorkspaceClock.Utc;

    [Parameter, EditorRequired] public Caller Caller { get; set; } = default!;

    /// <summary>The viewer's clock, for the summary's age; null: the section reads the session's.</summary>
    [Parameter] public WorkspaceClock? Clock { get; set; }

    /// <summary>The answer already asked for (the page asks as soon as it knows the viewer); null: the section asks itself.</summary>
    [Parameter] public Task<CrmResult<MiningInsights>>? Answer { get; set; }

    [Inject] private MiningInsightsService Mining { get; set; } = default!;
    [Inject] private TabClock ViewerClock { get; set; } = default!;
    [Inject] private IStringLocalizer<InsightsTexts> T { get; set; } = default!;

    private string State => !_loaded ? "loading" : _result is null ? "unavailable" : Products.Count == 0 ? "none" : "loaded";

    /// <summary>The products with cells, the most telling first (best conservative lift of an interest cell), then by name; ranked once per answer.</summary>
    private IReadOnlyList<ProductMining> Products { get; set; } = [];

    private ProductMining? Product => Products.FirstOrDefault(p => p.ProductId == _productId) ?? (Products.Count > 0 ? Products[0] : null);

    protected override async Task OnParametersSetAsync()
    {
        // The page re-renders on every period or scope change; the mining depends on the tenant only.
        if (_loaded && _result is not null)
        {
            return;
        }

        var result = await (Answer ?? Mining.GetAsync(Caller, new MiningQuery()));
        _clock = Clock ?? await ViewerClock.FromSessionAsync() ?? WorkspaceClock.Utc;
        _result = result.IsSuccess ? result.Value : null;
        Products = _result?.MostTelling() ?? [];
        _loaded = true;
    }

    private IReadOnlyList<MiningCell> Rows(ProductMining product) =>
        [.. (_kind == MiningKind.Interest ? product.Interest : product.Conversion).Where(c => c.Trials > 0).Take(MaxRows)];

    private double? BaseRate(ProductMining product) => _kind == MiningKind.Interest ? product.InterestBase : _result?.TenantWinRate;

    private void PickProduct(ChangeEventArgs e) => _productId = e.Value as string;

    private void PickKind(ChangeEventArgs e) => _kind = Enum.TryParse<MiningKind>(e.Value as string, out var kind) && Enum.IsDefined(kind) ? kind : MiningKind.Interest;
}
