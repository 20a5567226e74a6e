using System.Net;
using Azure;
using Azure.Data.Tables;

namespace TeamsCrm.Teams.Persistence;

/// <summary>The rows beside a conversation's reference: the user's latest locale and the tenants the bot has seen.</summary>
internal sealed partial class TableConversationReferenceStore
{
    private async Task RememberUserLocaleAsync(TableClient table, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(reference.UserAadObjectId) || string.IsNullOrWhiteSpace(reference.Locale))
        {
            return;
        }

        // Written again after RewriteAfter even when this instance wrote the same locale: another instance may have
        // written a different one since (the user switched language there), and this row must not stay wrong for long.
        var key = reference.TenantId + "\n" + reference.UserAadObjectId;
        if (_knownLocales.TryGetValue(key, out var known) && known.Locale == reference.Locale
            && reference.UpdatedAt - known.At < RewriteAfter && reference.UpdatedAt >= known.At)
        {
            return;
        }

        var entity = new TableEntity(TableKeys.Partition(reference.TenantId, UserKind), TableKeys.Escape(reference.UserAadObjectId))
        {
            [nameof(ConversationReference.Locale)] = reference.Locale,
            [nameof(ConversationReference.UpdatedAt)] = reference.UpdatedAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        Remember(_knownLocales, key, new WrittenLocale(reference.Locale, reference.UpdatedAt));
    }

    private async Task RegisterTenantAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (_knownTenants.ContainsKey(reference.TenantId))
        {
            return;
        }

        var table = await _tenants.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new TableEntity(TenantsPartition, TableKeys.Escape(reference.TenantId))
            {
                ["TenantId"] = reference.TenantId,
                ["FirstSeenAt"] = reference.UpdatedAt,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            // Registered before (by another instance or before a restart).
        }

        Remember(_knownTenants, reference.TenantId, (byte)0);
    }
}
