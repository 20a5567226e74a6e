using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Search;
using TeamsCrm.Core.Settings;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// Seeds the demo tenant: every demo company with contacts, deals in every stage, comments,
/// interactions and tasks, and shares with Fabrikam Partners. Idempotent and resumable: a company
/// that already exists (by name) is left alone, so restarts never duplicate anything; and safe when
/// several instances start at once: each company's account id is fixed (<see cref="DemoAccountIds"/>),
/// so of two seeders racing for one company exactly one transaction commits.
/// </summary>
public sealed partial class DemoDataSeeder(IAccountStore store, IPartnerDirectory partners, ICrmSettingsStore settings, AccountSearch search, TimeProvider time, ILogger<DemoDataSeeder> logger)
{
    private static readonly DealStage[] Stages = Enum.GetValues<DealStage>();
    private static readonly InteractionChannel[] Channels = Enum.GetValues<InteractionChannel>();

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var organisation in DemoTenant.PartnerOrganizations)
        {
            await partners.UpsertAsync(DemoTenant.TenantId, organisation, cancellationToken);
        }

        await settings.SaveAsync(DemoTenant.TenantId, DemoTenant.Settings, cancellationToken);
        var created = 0;
        for (var i = 0; i < DemoCatalog.Companies.Count; i++)
        {
            var company = DemoCatalog.Companies[i];
            if ((await search.FindSameNameAsync(DemoTenant.Megan, company.Name, cancellationToken)).Count > 0)
            {
                continue;
            }

            var changes = BuildCompany(i, company);
            var accountId = ((Account)changes.Changes[0].After!).Id;
            try
            {
                await store.CommitAsync(DemoTenant.TenantId, accountId, changes, cancellationToken);
                created++;
            }
            catch (ConcurrencyException)
            {
                // Another instance seeded this company a moment ago (same account id): its copy stands, whole.
                LogSeededElsewhere(company.Name);
            }
        }

        if (created > 0)
        {
            LogSeeded(created, DemoTenant.TenantId);
        }

        return created;
    }

    private ChangeSet BuildCompany(int index, DemoCatalog.Company company)
    {
        var now = time.GetUtcNow();
        var owner = DemoTenant.Members[index % DemoTenant.Members.Count].AsPerson();
        var account = new Account
        {
            Id = DemoAccountIds.For(DemoTenant.TenantId, index, company.Name),
            Name = company.Name,
            LegalForm = company.LegalForm,
            Industry = company.Industry,
            Segment = company.Segment,
            Website = $"https://www.{company.Domain}",
            Address = new PostalAddress($"{10 + index} Main Street", $"{10000 + (index * 137)}", company.City, company.Country),
            Owner = owner,
            Status = index % 9 == 8 ? AccountStatus.Prospect : AccountStatus.Active,
            Social = new SocialProfiles($"https://www.linkedin.com/company/{company.Domain.Split('.')[0]}", null, null),
            CreatedAt = now.AddDays(-200 + index),
            UpdatedAt = now.AddDays(-index),
        };
        var changes = new ChangeSet().Insert(account);

        var contacts = Enumerable.Range(0, 3).Select(n =>
        {
            var (first, last, role) = DemoCatalog.People[(index + (n * 3)) % DemoCatalog.People.Count];
            return new Contact
            {
                Id = CrmIds.New(time),
                AccountId = account.Id,
                FirstName = first,
                LastName = last,
                Role = role,
                Email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@{company.Domain}",
                Phone = $"+49 30 {1000 + (index * 10) + n}",
                PreferredChannel = (PreferredChannel)(n % 4),
                IsKeyContact = n == 0,
                CreatedAt = account.CreatedAt,
                UpdatedAt = account.CreatedAt,
            };
        }).ToArray();
        foreach (var contact in contacts)
        {
            changes.Insert(contact);
        }

        var deals = Enumerable.Range(0, 2).Select(n =>
        {
            var stage = Stages[((index * 2) + n) % Stages.Length];
            var dealOwner = DemoTenant.Members[(index + n) % DemoTenant.Members.Count].AsPerson();
            return new Deal
            {
                Id = CrmIds.New(time),
                AccountId = account.Id,
                Title = $"{company.Name.Split(' ')[0]} {DemoCatalog.DealThemes[(index + n) % DemoCatalog.DealThemes.Count]}",
                Stage = stage,
                Amount = 5_000m * (1 + ((index * 7) + (n * 3)) % 40),
                Currency = company.Country is "United States" ? "USD" : company.Country is "United Kingdom" ? "GBP" : company.Country is "Switzerland" ? "CHF" : "EUR",
                Probability = DealStages.DefaultProbability(stage),
                ExpectedCloseDate = DateOnly.FromDateTime(now.AddDays(14 + (index * 5) + (n * 30)).UtcDateTime),
                Owner = dealOwner,
                Source = n == 0 ? "Website" : "Partner referral",
                CreatedAt = now.AddDays(-90 + index),
                UpdatedAt = now.AddDays(-index % 10),
            };
        }).ToArray();
        foreach (var deal in deals)
        {
            changes.Insert(deal);
        }

        AddConversation(changes, index, account, contacts, deals, now);
        AddShares(changes, company, account, deals, now);
        return changes;
    }

    private void AddConversation(ChangeSet changes, int index, Account account, Contact[] contacts, Deal[] deals, DateTimeOffset now)
    {
        var author = DemoTenant.Members[(index + 2) % DemoTenant.Members.Count];
        changes.Insert(new Comment
        {
            Id = CrmIds.New(time),
            AccountId = account.Id,
            Author = author.AsPerson(),
            Text = $"{contacts[0].FullName} confirmed the budget for next quarter.",
            Mentions = [account.Owner],
            Visibility = CommentVisibility.Internal,
            CreatedAt = now.AddMinutes(-index),
        });
        changes.Insert(new Comment
        {
            Id = CrmIds.New(time),
            AccountId = account.Id,
            DealId = deals[0].Id,
            Author = account.Owner,
            Text = "Shared the updated proposal with the partner team.",
            Visibility = CommentVisibility.Shared,
            CreatedAt = now.AddMinutes(-index - 1),
        });
        for (var n = 0; n < 2; n++)
        {
            changes.Insert(new Interaction
            {
                Id = CrmIds.New(time),
                AccountId = account.Id,
                ContactId = contacts[n].Id,
                Channel = Channels[(index + n) % Channels.Length],
                Direction = n == 0 ? InteractionDirection.Outbound : InteractionDirection.Inbound,
                OccurredAt = now.AddDays(-(index % 7) - (n * 3)),
                Summary = n == 0 ? "Discussed the rollout plan and next steps." : "Customer asked for references in their industry.",
                LoggedBy = account.Owner,
                CreatedAt = now.AddDays(-(index % 7) - (n * 3)),
            });
        }

        changes.Insert(new FollowUpTask
        {
            Id = CrmIds.New(time),
            AccountId = account.Id,
            DealId = deals[0].Id,
            Title = $"Follow up with {contacts[0].FullName}",
            Assignee = deals[0].Owner,
            DueAt = now.AddDays(3 + (index % 5)),
            CreatedBy = account.Owner,
            CreatedAt = now.AddDays(-1),
        });
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Seeded {Count} demo accounts for tenant {TenantId}.")]
    private partial void LogSeeded(int count, string tenantId);

    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "Demo company {Name} was seeded by another instance at the same time; kept that one.")]
    private partial void LogSeededElsewhere(string name);
}
