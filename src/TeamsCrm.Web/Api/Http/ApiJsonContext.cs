using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsCrm.Web.Api.Accounts;
using TeamsCrm.Web.Api.Comments;
using TeamsCrm.Web.Api.Contacts;
using TeamsCrm.Web.Api.Customers;
using TeamsCrm.Web.Api.Deals;
using TeamsCrm.Web.Api.Handoffs;
using TeamsCrm.Web.Api.Insights;
using TeamsCrm.Web.Api.Interactions;
using TeamsCrm.Web.Api.Partners;
using TeamsCrm.Web.Api.Products;
using TeamsCrm.Web.Api.Settings;
using TeamsCrm.Web.Api.Tasks;

namespace TeamsCrm.Web.Api.Http;

/// <summary>
/// Source-generated JSON metadata of what the API answers, first in the app's resolver chain (the app's JSON options
/// still decide naming and enums as names); any other type falls back to the reflection-based resolver. Every type an
/// /api/v1 endpoint declares it produces must be here (tests/TeamsCrm.Web.Tests/Api/ApiJsonContextTests).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AccountResource))]
[JsonSerializable(typeof(ResourcePage<AccountMatch>))]
[JsonSerializable(typeof(ContactResource))]
[JsonSerializable(typeof(ResourcePage<ContactResource>))]
[JsonSerializable(typeof(DealResource))]
[JsonSerializable(typeof(ResourcePage<DealResource>))]
[JsonSerializable(typeof(CommentResource))]
[JsonSerializable(typeof(ResourcePage<CommentResource>))]
[JsonSerializable(typeof(InteractionResource))]
[JsonSerializable(typeof(ResourcePage<InteractionResource>))]
[JsonSerializable(typeof(TaskResource))]
[JsonSerializable(typeof(ResourcePage<TaskResource>))]
[JsonSerializable(typeof(HandoffResource))]
[JsonSerializable(typeof(ResourcePage<HandoffResource>))]
[JsonSerializable(typeof(PipelineResource))]
[JsonSerializable(typeof(MiningResource))]
[JsonSerializable(typeof(PartnerOrganizationResource))]
[JsonSerializable(typeof(ResourcePage<PartnerOrganizationResource>))]
[JsonSerializable(typeof(CrmAdministratorBody))]
[JsonSerializable(typeof(ResourcePage<CrmAdministratorResource>))]
[JsonSerializable(typeof(AtRiskResource))]
[JsonSerializable(typeof(CallListResource))]
[JsonSerializable(typeof(AccountInsightsResource))]
[JsonSerializable(typeof(DealScoreResource))]
[JsonSerializable(typeof(ModelStatusResource))]
[JsonSerializable(typeof(ProductResource))]
[JsonSerializable(typeof(IReadOnlyList<ProductResource>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
