using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Channels;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Products;
using TeamsCrm.Core.Search;
using TeamsCrm.Core.Settings;

namespace TeamsCrm.Core;

public static class CrmUseCasesServiceCollectionExtensions
{
    /// <summary>Registers the CRM's use cases: the one place every surface calls.</summary>
    public static IServiceCollection AddCrmUseCases(this IServiceCollection services)
    {
        services.AddSingleton<AccountSearch>();
        services.AddSingleton<RecordSearch>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<DealService>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<CommentService>();
        services.AddSingleton<InteractionService>();
        services.AddSingleton<FollowUpService>();
        services.TryAddSingleton<ISharingVersion, NoSharingVersion>(); // the storage registers the shared one (AddCrmStorage)
        services.AddSingleton<ShareService>();
        services.AddSingleton<HandoffWithdrawal>();
        services.AddSingleton<PartnerMemberRemoval>();
        services.AddSingleton<PartnerOrganizationService>();
        services.AddSingleton<CrmAdministratorService>();
        services.AddSingleton<GuestOrientation>();
        services.AddSingleton<MyWorkService>();
        services.AddSingleton<HandoffReminders>();
        services.AddSingleton<ChannelLinkService>();
        services.AddSingleton<ProductReferences>();
        services.AddSingleton<ProductCatalogService>();
        return services;
    }
}
