using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Search;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Accounts;

/// <summary>/api/v1/accounts: search by name (folded, as the bot searches), read, create (with duplicate suggestions) and update.</summary>
internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").WithTags("Accounts");
        accounts.MapGet("/", SearchAsync).WithName("SearchAccounts")
            .WithSummary("Finds accounts by name: folded (ü = ue, case and accents ignored), any word's prefix, at most `top` (1–50, default 10).")
            .Produces<ResourcePage<AccountMatch>>().Problems(StatusCodes.Status400BadRequest);
        accounts.MapGet("/{accountId}", GetAsync).WithName("GetAccount")
            .WithSummary("One account as the caller may see it, with its ETag.")
            .Produces<AccountResource>().Problems(StatusCodes.Status404NotFound);
        accounts.MapPost("/", CreateAsync).WithName("CreateAccount")
            .WithSummary("Creates an account. When accounts with the same name exist, 409 lists them (`matches`); repeat with `allowSimilarName=true` to create it anyway.")
            .Produces<AccountResource>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);
        accounts.MapPut("/{accountId}", UpdateAsync).WithName("UpdateAccount")
            .WithSummary("Replaces the account's editable fields; needs If-Match with its ETag (412 with the current account when it changed meanwhile).")
            .Produces<AccountResource>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<IResult> SearchAsync(string? query, int? top, HttpContext context, AccountSearch search, CancellationToken cancellationToken)
    {
        var take = top ?? AccountSearch.DefaultTake;
        if (take is < 1 or > AccountSearch.MaxTake)
        {
            return ApiProblems.Invalid([new FieldError(ApiPaging.Top, ErrorCodes.OutOfRange, AccountSearch.MaxTake)]);
        }

        var found = await search.SearchAsync(ApiCallers.Caller(context), query, take, cancellationToken);
        return found.IsSuccess
            ? ApiResults.Page(new ResourcePage<AccountMatch>([.. found.Value.Select(AccountMatch.From)], NextLink: null))
            : ApiProblems.For(found.Error);
    }

    private static async Task<IResult> GetAsync(string accountId, HttpContext context, AccountService accounts, CancellationToken cancellationToken) =>
        ApiResults.From(context, await accounts.GetAsync(ApiCallers.Caller(context), accountId, cancellationToken), AccountResource.From);

    private static async Task<IResult> CreateAsync(AccountBody body, bool? allowSimilarName, HttpContext context, AccountService accounts, CancellationToken cancellationToken)
    {
        var caller = ApiCallers.Caller(context);
        return ApiResults.Created(
            context, await accounts.CreateAsync(caller, body.ToInput(), allowSimilarName ?? false, cancellationToken),
            account => AccountResource.From(account, caller), account => ["accounts", account.Id],
            error => (error.Current as IEnumerable<AccountSearchHit>)?.Select(AccountMatch.From).ToArray());
    }

    private static async Task<IResult> UpdateAsync(string accountId, AccountBody body, HttpContext context, AccountService accounts, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(context.Request, out var expected))
        {
            return ApiProblems.PreconditionRequired();
        }

        var caller = ApiCallers.Caller(context);
        var updated = await accounts.UpdateAsync(caller, accountId, body.ToInput(), expected, cancellationToken);
        return await ApiResults.AfterChangeAsync(
            context, updated, account => AccountResource.From(account, caller),
            async () => (await accounts.GetAsync(caller, accountId, cancellationToken)).Map(AccountResource.From));
    }
}
